CREATE TABLE "talent_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"field" text,
	"industry_code" text,
	"institution" text,
	"current_city" text,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs_note" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"team_id" uuid,
	"owner_id" uuid,
	"project_id" uuid,
	"next_follow_up_on" date,
	"stage" text NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"held_from_stage" text,
	"hold_reason" text,
	"end_reason" text,
	"landed_on" date,
	"landed_enterprise_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_records_stage_check" CHECK ("talent_records"."stage" IN ('contact', 'intent', 'landed', 'onHold', 'ended')),
	CONSTRAINT "talent_records_kind_check" CHECK ("talent_records"."kind" IN ('person', 'team'))
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_site_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_building_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_floor_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "talent_records" ADD CONSTRAINT "talent_records_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_records" ADD CONSTRAINT "talent_records_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_records" ADD CONSTRAINT "talent_records_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_records" ADD CONSTRAINT "talent_records_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_records" ADD CONSTRAINT "talent_records_landed_enterprise_id_enterprises_id_fk" FOREIGN KEY ("landed_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_records" ADD CONSTRAINT "talent_records_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_records_team_idx" ON "talent_records" USING btree ("team_id","stage");--> statement-breakpoint
CREATE INDEX "talent_records_owner_idx" ON "talent_records" USING btree ("owner_id","stage");--> statement-breakpoint
CREATE INDEX "talent_records_project_idx" ON "talent_records" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "talent_records_landed_idx" ON "talent_records" USING btree ("landed_on");--> statement-breakpoint
CREATE INDEX "talent_records_landed_enterprise_idx" ON "talent_records" USING btree ("landed_enterprise_id");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_site_id_sites_id_fk" FOREIGN KEY ("landing_site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_building_id_site_buildings_id_fk" FOREIGN KEY ("landing_building_id") REFERENCES "public"."site_buildings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_floor_id_site_floors_id_fk" FOREIGN KEY ("landing_floor_id") REFERENCES "public"."site_floors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_unit_id_site_units_id_fk" FOREIGN KEY ("landing_unit_id") REFERENCES "public"."site_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_landing_site_idx" ON "projects" USING btree ("landing_site_id");