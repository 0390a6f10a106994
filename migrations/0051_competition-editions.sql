CREATE TABLE "competition_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_editions_state_check" CHECK ("competition_editions"."state" IN ('draft', 'open', 'closed')),
	CONSTRAINT "competition_editions_dates_check" CHECK ("competition_editions"."ends_on" IS NULL OR "competition_editions"."starts_on" IS NULL OR "competition_editions"."starts_on" <= "competition_editions"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "competition_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"advance_top_n" integer,
	"advance_min_score" numeric(6, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_phases_kind_unique" UNIQUE("round_id","kind"),
	CONSTRAINT "competition_phases_kind_check" CHECK ("competition_phases"."kind" IN ('onlineReview', 'roadshow', 'final')),
	CONSTRAINT "competition_phases_dates_check" CHECK ("competition_phases"."closes_on" IS NULL OR "competition_phases"."opens_on" IS NULL OR "competition_phases"."opens_on" <= "competition_phases"."closes_on"),
	CONSTRAINT "competition_phases_one_rule_check" CHECK ("competition_phases"."advance_top_n" IS NULL OR "competition_phases"."advance_min_score" IS NULL)
);
--> statement-breakpoint
CREATE TABLE "competition_prizes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"round_id" uuid,
	"name" text NOT NULL,
	"rank_from" integer NOT NULL,
	"rank_to" integer NOT NULL,
	"amount_wan" numeric(12, 2),
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_prizes_ranks_check" CHECK ("competition_prizes"."rank_from" >= 1 AND "competition_prizes"."rank_from" <= "competition_prizes"."rank_to")
);
--> statement-breakpoint
CREATE TABLE "competition_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'regional' NOT NULL,
	"city" text NOT NULL,
	"venue" text,
	"held_on" date NOT NULL,
	"capacity" integer NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_rounds_kind_check" CHECK ("competition_rounds"."kind" IN ('regional', 'final')),
	CONSTRAINT "competition_rounds_state_check" CHECK ("competition_rounds"."state" IN ('planned', 'open', 'closed')),
	CONSTRAINT "competition_rounds_capacity_check" CHECK ("competition_rounds"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "competition_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"industry_codes" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_tracks_name_unique" UNIQUE("edition_id","name")
);
--> statement-breakpoint
ALTER TABLE "competition_phases" ADD CONSTRAINT "competition_phases_round_id_competition_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."competition_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_prizes" ADD CONSTRAINT "competition_prizes_edition_id_competition_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."competition_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_prizes" ADD CONSTRAINT "competition_prizes_round_id_competition_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."competition_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_rounds" ADD CONSTRAINT "competition_rounds_edition_id_competition_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."competition_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_tracks" ADD CONSTRAINT "competition_tracks_edition_id_competition_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."competition_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_editions_year_idx" ON "competition_editions" USING btree ("year");--> statement-breakpoint
CREATE INDEX "competition_prizes_edition_idx" ON "competition_prizes" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "competition_rounds_edition_idx" ON "competition_rounds" USING btree ("edition_id","held_on");