CREATE SEQUENCE "public"."competition_entry_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "competition_assignments" (
	"phase_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"outside_field" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_assignments_phase_id_entry_id_judge_id_pk" PRIMARY KEY("phase_id","entry_id","judge_id")
);
--> statement-breakpoint
CREATE TABLE "competition_conflicts" (
	"judge_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_conflicts_judge_id_entry_id_pk" PRIMARY KEY("judge_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "competition_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"number" text NOT NULL,
	"project_name" text NOT NULL,
	"organisation_name" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"entrant_user_id" uuid,
	"stage" text NOT NULL,
	"financing" text NOT NULL,
	"financing_wan" numeric(14, 2),
	"team_size" integer NOT NULL,
	"team_summary" text NOT NULL,
	"summary" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"contact_email" text,
	"source" text DEFAULT 'online' NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"ineligible_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"idempotency_key" text,
	"lead_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_entries_number_unique" UNIQUE("number"),
	CONSTRAINT "competition_entries_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "competition_entries_lead_id_unique" UNIQUE("lead_id"),
	CONSTRAINT "competition_entries_stage_check" CHECK ("competition_entries"."stage" IN ('idea', 'prototype', 'earlyRevenue', 'growth')),
	CONSTRAINT "competition_entries_financing_check" CHECK ("competition_entries"."financing" IN ('none', 'angel', 'seriesA', 'seriesBPlus')),
	CONSTRAINT "competition_entries_source_check" CHECK ("competition_entries"."source" IN ('online', 'partner', 'referral', 'organiser')),
	CONSTRAINT "competition_entries_state_check" CHECK ("competition_entries"."state" IN ('submitted', 'eligible', 'ineligible', 'withdrawn')),
	CONSTRAINT "competition_entries_team_check" CHECK ("competition_entries"."team_size" > 0)
);
--> statement-breakpoint
CREATE TABLE "competition_judge_tracks" (
	"judge_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	CONSTRAINT "competition_judge_tracks_judge_id_track_id_pk" PRIMARY KEY("judge_id","track_id")
);
--> statement-breakpoint
CREATE TABLE "competition_judges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text,
	"organisation_name" text,
	"enterprise_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_judges_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "competition_landing_support" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"given_on" date NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_landing_support_kind_check" CHECK ("competition_landing_support"."kind" IN ('incubatorPlace', 'funding', 'bankReferral', 'other'))
);
--> statement-breakpoint
CREATE TABLE "competition_phase_results" (
	"phase_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"value" numeric(12, 6),
	"rank" integer,
	"advanced" boolean NOT NULL,
	"aggregate" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_phase_results_phase_id_entry_id_pk" PRIMARY KEY("phase_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "competition_scores" (
	"phase_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"abstained" boolean DEFAULT false NOT NULL,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" numeric(5, 2),
	"comment" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_scores_phase_id_entry_id_judge_id_pk" PRIMARY KEY("phase_id","entry_id","judge_id"),
	CONSTRAINT "competition_scores_total_check" CHECK (("competition_scores"."abstained" AND "competition_scores"."total" IS NULL) OR (NOT "competition_scores"."abstained" AND "competition_scores"."total" BETWEEN 0 AND 100))
);
--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "rubric" jsonb DEFAULT '{"criteria":[{"key":"team","weight":30,"maxScore":10},{"key":"technology","weight":30,"maxScore":10},{"key":"market","weight":25,"maxScore":10},{"key":"finance","weight":15,"maxScore":10}]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "aggregation" text DEFAULT 'z-score' NOT NULL;--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "judges_per_entry" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "anonymised" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "notice_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competition_phases" ADD COLUMN "notice_ends_on" date;--> statement-breakpoint
ALTER TABLE "competition_assignments" ADD CONSTRAINT "competition_assignments_phase_id_competition_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."competition_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_assignments" ADD CONSTRAINT "competition_assignments_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_assignments" ADD CONSTRAINT "competition_assignments_judge_id_competition_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."competition_judges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_judge_id_competition_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."competition_judges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_edition_id_competition_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."competition_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_round_id_competition_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."competition_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_track_id_competition_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."competition_tracks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_entrant_user_id_users_id_fk" FOREIGN KEY ("entrant_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judge_tracks" ADD CONSTRAINT "competition_judge_tracks_judge_id_competition_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."competition_judges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judge_tracks" ADD CONSTRAINT "competition_judge_tracks_track_id_competition_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."competition_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judges" ADD CONSTRAINT "competition_judges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judges" ADD CONSTRAINT "competition_judges_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_landing_support" ADD CONSTRAINT "competition_landing_support_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_landing_support" ADD CONSTRAINT "competition_landing_support_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_phase_results" ADD CONSTRAINT "competition_phase_results_phase_id_competition_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."competition_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_phase_results" ADD CONSTRAINT "competition_phase_results_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_phase_id_competition_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."competition_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_scores" ADD CONSTRAINT "competition_scores_judge_id_competition_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."competition_judges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_assignments_judge_idx" ON "competition_assignments" USING btree ("judge_id","phase_id");--> statement-breakpoint
CREATE INDEX "competition_conflicts_entry_idx" ON "competition_conflicts" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "competition_entries_round_idx" ON "competition_entries" USING btree ("round_id","track_id");--> statement-breakpoint
CREATE INDEX "competition_entries_edition_idx" ON "competition_entries" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "competition_entries_enterprise_idx" ON "competition_entries" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "competition_entries_entrant_idx" ON "competition_entries" USING btree ("entrant_user_id");--> statement-breakpoint
CREATE INDEX "competition_landing_support_entry_idx" ON "competition_landing_support" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "competition_phase_results_entry_idx" ON "competition_phase_results" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "competition_scores_judge_idx" ON "competition_scores" USING btree ("judge_id","phase_id");--> statement-breakpoint
ALTER TABLE "competition_phases" ADD CONSTRAINT "competition_phases_aggregation_check" CHECK ("competition_phases"."aggregation" IN ('mean', 'trimmed-mean', 'z-score'));--> statement-breakpoint
ALTER TABLE "competition_phases" ADD CONSTRAINT "competition_phases_judges_check" CHECK ("competition_phases"."judges_per_entry" BETWEEN 1 AND 50);