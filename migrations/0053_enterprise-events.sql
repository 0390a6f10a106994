CREATE TABLE "enterprise_event_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"description" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_event_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"status" text NOT NULL,
	"contact_person" text,
	"note" text,
	"rank" integer,
	"citation" text,
	"invited_by_id" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"registered_at" timestamp with time zone,
	"attended_at" timestamp with time zone,
	CONSTRAINT "enterprise_event_participants_status_check" CHECK (status IN ('invited', 'registered', 'attended', 'absent', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "enterprise_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"organiser" text,
	"place" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"capacity" integer,
	"registration_deadline" timestamp with time zone,
	"description" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_events_kind_check" CHECK (kind IN ('study_tour', 'training_camp', 'honour_list', 'salon', 'other')),
	CONSTRAINT "enterprise_events_state_check" CHECK (state IN ('draft', 'open', 'closed', 'done')),
	CONSTRAINT "enterprise_events_capacity_check" CHECK ("enterprise_events"."capacity" IS NULL OR "enterprise_events"."capacity" > 0),
	CONSTRAINT "enterprise_events_period_check" CHECK ("enterprise_events"."ends_on" IS NULL OR "enterprise_events"."starts_on" <= "enterprise_events"."ends_on")
);
--> statement-breakpoint
ALTER TABLE "enterprise_event_follow_ups" ADD CONSTRAINT "enterprise_event_follow_ups_event_id_enterprise_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."enterprise_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_event_follow_ups" ADD CONSTRAINT "enterprise_event_follow_ups_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_event_follow_ups" ADD CONSTRAINT "enterprise_event_follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_event_follow_ups" ADD CONSTRAINT "enterprise_event_follow_ups_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_event_participants" ADD CONSTRAINT "enterprise_event_participants_event_id_enterprise_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."enterprise_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_event_participants" ADD CONSTRAINT "enterprise_event_participants_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_event_participants" ADD CONSTRAINT "enterprise_event_participants_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_events" ADD CONSTRAINT "enterprise_events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_event_follow_ups_event_idx" ON "enterprise_event_follow_ups" USING btree ("event_id","due_on");--> statement-breakpoint
CREATE INDEX "enterprise_event_follow_ups_enterprise_idx" ON "enterprise_event_follow_ups" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_event_participants_uq" ON "enterprise_event_participants" USING btree ("event_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_event_participants_enterprise_idx" ON "enterprise_event_participants" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_events_starts_on_idx" ON "enterprise_events" USING btree ("starts_on","id");