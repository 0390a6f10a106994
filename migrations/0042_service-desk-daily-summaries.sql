CREATE TABLE "service_daily_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"day" date NOT NULL,
	"figures" jsonb NOT NULL,
	"produced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"produced_by_id" uuid,
	CONSTRAINT "service_daily_summaries_team_day_key" UNIQUE("team_id","day")
);
--> statement-breakpoint
ALTER TABLE "service_daily_summaries" ADD CONSTRAINT "service_daily_summaries_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_daily_summaries" ADD CONSTRAINT "service_daily_summaries_produced_by_id_users_id_fk" FOREIGN KEY ("produced_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_daily_summaries_day_idx" ON "service_daily_summaries" USING btree ("day");