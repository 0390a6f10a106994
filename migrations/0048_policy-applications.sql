CREATE SEQUENCE "public"."policy_application_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "policy_application_files" (
	"application_id" uuid NOT NULL,
	"required_file" text NOT NULL,
	"attachment_id" uuid NOT NULL,
	CONSTRAINT "policy_application_files_application_id_required_file_attachment_id_pk" PRIMARY KEY("application_id","required_file","attachment_id")
);
--> statement-breakpoint
CREATE TABLE "policy_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text DEFAULT ('ZC-' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('policy_application_number_seq')::text, 6, '0')) NOT NULL,
	"item_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"applied_by_id" uuid,
	"applied_by_name" text NOT NULL,
	"state" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"suggested_amount_wan" numeric(14, 4),
	"statement" text DEFAULT '' NOT NULL,
	"approved_amount_wan" numeric(14, 4),
	"notice_ends_on" date,
	"return_reasons" text,
	"rejection_reason" text,
	"submitted_at" timestamp with time zone,
	"warn_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"rating" integer,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_applications_number_unique" UNIQUE("number"),
	CONSTRAINT "policy_applications_state_check" CHECK ("policy_applications"."state" IN ('draft', 'submitted', 'accepted', 'reviewed', 'publicized', 'paid', 'returned', 'rejected', 'withdrawn')),
	CONSTRAINT "policy_applications_rating_check" CHECK ("policy_applications"."rating" IS NULL OR "policy_applications"."rating" BETWEEN 1 AND 5),
	CONSTRAINT "policy_applications_amount_check" CHECK ("policy_applications"."approved_amount_wan" IS NULL OR "policy_applications"."approved_amount_wan" > 0)
);
--> statement-breakpoint
CREATE TABLE "policy_automatic_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"enterprises" jsonb NOT NULL,
	"confirmed_by_id" uuid,
	"confirmed_by_name" text NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_payouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"application_id" uuid,
	"confirmation_id" uuid,
	"mode" text NOT NULL,
	"amount_wan" numeric(14, 4) NOT NULL,
	"paid_on" date NOT NULL,
	"evidence_attachment_id" uuid,
	"recorded_by_id" uuid,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_payouts_amount_check" CHECK ("policy_payouts"."amount_wan" > 0),
	CONSTRAINT "policy_payouts_mode_check" CHECK ("policy_payouts"."mode" IN ('application', 'automatic')),
	CONSTRAINT "policy_payouts_source_check" CHECK (("policy_payouts"."mode" = 'application') = ("policy_payouts"."application_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "policy_application_files" ADD CONSTRAINT "policy_application_files_application_id_policy_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."policy_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_application_files" ADD CONSTRAINT "policy_application_files_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_applications" ADD CONSTRAINT "policy_applications_item_id_policy_benefit_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_benefit_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_applications" ADD CONSTRAINT "policy_applications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_applications" ADD CONSTRAINT "policy_applications_applied_by_id_users_id_fk" FOREIGN KEY ("applied_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_automatic_confirmations" ADD CONSTRAINT "policy_automatic_confirmations_item_id_policy_benefit_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_benefit_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_automatic_confirmations" ADD CONSTRAINT "policy_automatic_confirmations_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payouts" ADD CONSTRAINT "policy_payouts_item_id_policy_benefit_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_benefit_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payouts" ADD CONSTRAINT "policy_payouts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payouts" ADD CONSTRAINT "policy_payouts_application_id_policy_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."policy_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payouts" ADD CONSTRAINT "policy_payouts_confirmation_id_policy_automatic_confirmations_id_fk" FOREIGN KEY ("confirmation_id") REFERENCES "public"."policy_automatic_confirmations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payouts" ADD CONSTRAINT "policy_payouts_evidence_attachment_id_attachments_id_fk" FOREIGN KEY ("evidence_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_payouts" ADD CONSTRAINT "policy_payouts_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_applications_idempotency_idx" ON "policy_applications" USING btree ("enterprise_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_applications_one_open_idx" ON "policy_applications" USING btree ("enterprise_id","item_id") WHERE state IN ('draft', 'submitted', 'accepted', 'reviewed', 'publicized', 'returned');--> statement-breakpoint
CREATE INDEX "policy_applications_state_idx" ON "policy_applications" USING btree ("state","due_at");--> statement-breakpoint
CREATE INDEX "policy_applications_item_idx" ON "policy_applications" USING btree ("item_id","state");--> statement-breakpoint
CREATE INDEX "policy_automatic_confirmations_item_idx" ON "policy_automatic_confirmations" USING btree ("item_id","confirmed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_payouts_application_idx" ON "policy_payouts" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_payouts_automatic_once_idx" ON "policy_payouts" USING btree ("item_id","enterprise_id",(extract(year from "paid_on"))) WHERE "policy_payouts"."mode" = 'automatic';--> statement-breakpoint
CREATE INDEX "policy_payouts_enterprise_idx" ON "policy_payouts" USING btree ("enterprise_id","paid_on");