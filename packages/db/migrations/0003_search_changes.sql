CREATE TABLE "search_changes" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"practice_id" integer,
	"institution_id" integer,
	"country_id" integer,
	"topic_id" integer,
	"region_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_changes_xid_idx" ON "search_changes" USING btree ("xid");--> statement-breakpoint
-- The change feed of the search (search/change-feed.ts): statement triggers write one row per
-- changed row, in the writing transaction, so a reader sees the change exactly when it commits.
CREATE FUNCTION search_changes_practices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_changes (practice_id) SELECT id FROM new_rows;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO search_changes (practice_id) SELECT id FROM old_rows WHERE TG_OP = 'DELETE' OR id NOT IN (SELECT id FROM new_rows);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER search_changes_practices_insert AFTER INSERT ON practices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_practices();--> statement-breakpoint
CREATE TRIGGER search_changes_practices_update AFTER UPDATE ON practices
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_practices();--> statement-breakpoint
CREATE TRIGGER search_changes_practices_delete AFTER DELETE ON practices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_practices();--> statement-breakpoint
-- Reference rows: the column named by TG_ARGV[0] gets the row's id (region_id for regions).
CREATE FUNCTION search_changes_reference() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('INSERT INTO search_changes (%I) SELECT id FROM new_rows', TG_ARGV[0]);
  ELSE
    EXECUTE format('INSERT INTO search_changes (%I) SELECT id FROM old_rows', TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_changes_institutions_insert AFTER INSERT ON institutions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('institution_id');--> statement-breakpoint
CREATE TRIGGER search_changes_institutions_update AFTER UPDATE ON institutions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('institution_id');--> statement-breakpoint
CREATE TRIGGER search_changes_institutions_delete AFTER DELETE ON institutions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('institution_id');
--> statement-breakpoint
CREATE TRIGGER search_changes_countries_insert AFTER INSERT ON countries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('country_id');--> statement-breakpoint
CREATE TRIGGER search_changes_countries_update AFTER UPDATE ON countries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('country_id');--> statement-breakpoint
CREATE TRIGGER search_changes_countries_delete AFTER DELETE ON countries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('country_id');
--> statement-breakpoint
CREATE TRIGGER search_changes_regions_insert AFTER INSERT ON regions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('region_id');--> statement-breakpoint
CREATE TRIGGER search_changes_regions_update AFTER UPDATE ON regions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('region_id');--> statement-breakpoint
CREATE TRIGGER search_changes_regions_delete AFTER DELETE ON regions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('region_id');
--> statement-breakpoint
CREATE TRIGGER search_changes_topics_insert AFTER INSERT ON topics
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('topic_id');--> statement-breakpoint
CREATE TRIGGER search_changes_topics_update AFTER UPDATE ON topics
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('topic_id');--> statement-breakpoint
CREATE TRIGGER search_changes_topics_delete AFTER DELETE ON topics
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_reference('topic_id');
