CREATE TABLE "project_amount_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"old_amount_wan" numeric(14, 2) NOT NULL,
	"new_amount_wan" numeric(14, 2) NOT NULL,
	"reason" text NOT NULL,
	"agreement_file_id" uuid,
	"changed_by_id" uuid,
	"changed_by_name" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_signings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"amount_wan" numeric(14, 2) NOT NULL,
	"capital_origin" text NOT NULL,
	"agreement_file_id" uuid,
	"recorded_by_id" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "project_signings_origin_check" CHECK ("project_signings"."capital_origin" IN ('domestic', 'foreign'))
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"lead_id" uuid,
	"industry_code" text,
	"region_code" text,
	"kind" text DEFAULT 'new' NOT NULL,
	"increase_of_project_id" uuid,
	"team_id" uuid,
	"manager_id" uuid,
	"manager_only" boolean DEFAULT false NOT NULL,
	"next_follow_up_on" date,
	"stage" text NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stall_notified_entered_at" timestamp with time zone,
	"held_from_stage" text,
	"hold_reason" text,
	"terminate_reason" text,
	"agreed_amount_wan" numeric(14, 2),
	"amount_file_id" uuid,
	"base_amount_wan" numeric(14, 2),
	"capital_origin" text,
	"registered_enterprise_id" uuid,
	"started_on" date,
	"producing_on" date,
	"annual_output_wan" numeric(14, 2),
	"annual_tax_wan" numeric(14, 2),
	"jobs" integer,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_stage_check" CHECK (stage IN ('lead', 'contact', 'intent', 'negotiation', 'signed', 'registered', 'started', 'producing', 'atCapacity', 'onHold', 'terminated')),
	CONSTRAINT "projects_kind_check" CHECK ("projects"."kind" IN ('new', 'capitalIncrease')),
	CONSTRAINT "projects_origin_check" CHECK ("projects"."capital_origin" IN ('domestic', 'foreign')),
	CONSTRAINT "projects_increase_check" CHECK ("projects"."kind" = 'capitalIncrease' OR "projects"."increase_of_project_id" IS NULL)
);
--> statement-breakpoint
ALTER TABLE "project_amount_changes" ADD CONSTRAINT "project_amount_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_amount_changes" ADD CONSTRAINT "project_amount_changes_agreement_file_id_attachments_id_fk" FOREIGN KEY ("agreement_file_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_amount_changes" ADD CONSTRAINT "project_amount_changes_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_signings" ADD CONSTRAINT "project_signings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_signings" ADD CONSTRAINT "project_signings_agreement_file_id_attachments_id_fk" FOREIGN KEY ("agreement_file_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_signings" ADD CONSTRAINT "project_signings_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_increase_of_project_id_projects_id_fk" FOREIGN KEY ("increase_of_project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_amount_file_id_attachments_id_fk" FOREIGN KEY ("amount_file_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_registered_enterprise_id_enterprises_id_fk" FOREIGN KEY ("registered_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_amount_changes_project_idx" ON "project_amount_changes" USING btree ("project_id","changed_at");--> statement-breakpoint
CREATE INDEX "project_signings_project_idx" ON "project_signings" USING btree ("project_id","signed_on");--> statement-breakpoint
CREATE INDEX "projects_enterprise_idx" ON "projects" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "projects_registered_enterprise_idx" ON "projects" USING btree ("registered_enterprise_id");--> statement-breakpoint
CREATE INDEX "projects_team_idx" ON "projects" USING btree ("team_id","stage");--> statement-breakpoint
CREATE INDEX "projects_manager_idx" ON "projects" USING btree ("manager_id","stage");--> statement-breakpoint
CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("stage","stage_entered_at");--> statement-breakpoint
CREATE INDEX "projects_follow_up_idx" ON "projects" USING btree ("next_follow_up_on");--> statement-breakpoint
CREATE INDEX "projects_increase_of_idx" ON "projects" USING btree ("increase_of_project_id");