CREATE TABLE "practice_signatures" (
	"practice_id" integer PRIMARY KEY NOT NULL,
	"summary_md5" text NOT NULL,
	"signature" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "practice_signatures" ADD CONSTRAINT "practice_signatures_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;