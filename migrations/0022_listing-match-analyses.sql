CREATE TABLE "listing_match_analyses" (
	"listing_id" uuid PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"text_key" text NOT NULL,
	"terms" text NOT NULL,
	"length" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listing_match_analyses" ADD CONSTRAINT "listing_match_analyses_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;