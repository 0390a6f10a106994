CREATE TABLE "match_terms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "match_terms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"term" text NOT NULL,
	CONSTRAINT "match_terms_term_unique" UNIQUE("term")
);
--> statement-breakpoint
-- Kept analyses move from JSON to term numbers: the old rows are only dropped, and the next start analyses afresh.
TRUNCATE "listing_match_analyses";
--> statement-breakpoint
ALTER TABLE "listing_match_analyses" ALTER COLUMN "terms" SET DATA TYPE bytea USING convert_to("terms", 'UTF8');
