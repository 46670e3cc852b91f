CREATE TABLE "search_changes_horizon" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"pruned_through" "xid8" NOT NULL,
	CONSTRAINT "search_changes_horizon_one_row" CHECK ("search_changes_horizon"."id" = 1)
);
