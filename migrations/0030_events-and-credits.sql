CREATE TABLE "promotion_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"city" text NOT NULL,
	"venue" text,
	"organiser" text,
	"organiser_team_id" uuid,
	"notes" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotion_events_kind_check" CHECK (kind IN ('promotion', 'signingCeremony', 'expo', 'other'))
);
--> statement-breakpoint
CREATE TABLE "project_credits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid,
	"team_id" uuid,
	"percent" integer NOT NULL,
	CONSTRAINT "project_credits_holder_check" CHECK (("project_credits"."user_id" IS NULL) <> ("project_credits"."team_id" IS NULL)),
	CONSTRAINT "project_credits_percent_check" CHECK ("project_credits"."percent" BETWEEN 1 AND 100)
);
--> statement-breakpoint
ALTER TABLE "project_signings" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "promotion_events" ADD CONSTRAINT "promotion_events_organiser_team_id_teams_id_fk" FOREIGN KEY ("organiser_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_events" ADD CONSTRAINT "promotion_events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_credits" ADD CONSTRAINT "project_credits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_credits" ADD CONSTRAINT "project_credits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_credits" ADD CONSTRAINT "project_credits_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "promotion_events_held_on_idx" ON "promotion_events" USING btree ("held_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_credits_user_idx" ON "project_credits" USING btree ("project_id","user_id") WHERE "project_credits"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "project_credits_team_idx" ON "project_credits" USING btree ("project_id","team_id") WHERE "project_credits"."team_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "project_signings" ADD CONSTRAINT "project_signings_event_id_promotion_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."promotion_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_signings_event_idx" ON "project_signings" USING btree ("event_id");