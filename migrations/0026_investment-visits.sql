CREATE TABLE "field_trips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"team_id" uuid,
	"destination" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"purpose" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_trips_dates_check" CHECK ("field_trips"."starts_on" <= "field_trips"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "visit_concerns" (
	"visit_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"note" text,
	CONSTRAINT "visit_concerns_visit_id_tag_pk" PRIMARY KEY("visit_id","tag"),
	CONSTRAINT "visit_concerns_tag_check" CHECK ("visit_concerns"."tag" IN ('supply-chain', 'talent', 'land', 'policy', 'financing', 'approvals', 'other'))
);
--> statement-breakpoint
CREATE TABLE "visit_next_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"done_at" timestamp with time zone,
	"done_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_participants" (
	"visit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "visit_participants_visit_id_user_id_pk" PRIMARY KEY("visit_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"lead_id" uuid,
	"trip_id" uuid,
	"visited_on" date NOT NULL,
	"place" text,
	"team_id" uuid,
	"officer_id" uuid,
	"officer_name" text NOT NULL,
	"their_participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"presented" text,
	"summary" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "field_trips" ADD CONSTRAINT "field_trips_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_trips" ADD CONSTRAINT "field_trips_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_concerns" ADD CONSTRAINT "visit_concerns_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_next_steps" ADD CONSTRAINT "visit_next_steps_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_next_steps" ADD CONSTRAINT "visit_next_steps_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_next_steps" ADD CONSTRAINT "visit_next_steps_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_trip_id_field_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."field_trips"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_trips_team_idx" ON "field_trips" USING btree ("team_id","starts_on");--> statement-breakpoint
CREATE INDEX "visit_concerns_tag_idx" ON "visit_concerns" USING btree ("tag");--> statement-breakpoint
CREATE INDEX "visit_next_steps_visit_idx" ON "visit_next_steps" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "visit_next_steps_owner_idx" ON "visit_next_steps" USING btree ("owner_id","due_on");--> statement-breakpoint
CREATE INDEX "visit_participants_user_idx" ON "visit_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "visits_enterprise_idx" ON "visits" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "visits_team_day_idx" ON "visits" USING btree ("team_id","visited_on");--> statement-breakpoint
CREATE INDEX "visits_officer_day_idx" ON "visits" USING btree ("officer_id","visited_on");--> statement-breakpoint
CREATE INDEX "visits_trip_idx" ON "visits" USING btree ("trip_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_idempotency_idx" ON "visits" USING btree ("officer_id","idempotency_key");