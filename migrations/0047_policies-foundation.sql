CREATE TABLE "enterprise_figures" (
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"source" text,
	"self_reported" boolean DEFAULT false NOT NULL,
	"verified_by_id" uuid,
	"verified_at" timestamp with time zone,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_figures_enterprise_id_year_indicator_pk" PRIMARY KEY("enterprise_id","year","indicator"),
	CONSTRAINT "enterprise_figures_indicator_check" CHECK (indicator IN ('revenue', 'rdSpending', 'employees', 'taxesPaid', 'outputValue')),
	CONSTRAINT "enterprise_figures_value_check" CHECK ("enterprise_figures"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"level" text NOT NULL,
	"document_number" text,
	"issued_on" date NOT NULL,
	"effective_on" date,
	"expires_on" date,
	"application_opens_on" date,
	"application_closes_on" date,
	"original_text" text DEFAULT '' NOT NULL,
	"guide_target" text,
	"guide_conditions" text,
	"guide_amount" text,
	"guide_how_to_apply" text,
	"guide_contact" text,
	"guide_due_at" timestamp with time zone NOT NULL,
	"guide_published_at" timestamp with time zone,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_level_check" CHECK ("policies"."level" IN ('national', 'province', 'city', 'district')),
	CONSTRAINT "policies_state_check" CHECK ("policies"."state" IN ('draft', 'published', 'withdrawn')),
	CONSTRAINT "policies_dates_check" CHECK ("policies"."expires_on" IS NULL OR "policies"."effective_on" IS NULL OR "policies"."effective_on" <= "policies"."expires_on"),
	CONSTRAINT "policies_window_check" CHECK ("policies"."application_closes_on" IS NULL OR "policies"."application_opens_on" IS NULL OR "policies"."application_opens_on" <= "policies"."application_closes_on")
);
--> statement-breakpoint
CREATE TABLE "policy_benefit_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"delivery" text DEFAULT 'application' NOT NULL,
	"rule" jsonb DEFAULT '{"all":[]}'::jsonb NOT NULL,
	"amount_rule" jsonb DEFAULT '{"kind":"none"}'::jsonb NOT NULL,
	"required_files" text[] DEFAULT '{}' NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_benefit_items_kind_check" CHECK ("policy_benefit_items"."kind" IN ('award', 'subsidy', 'taxRelief', 'service')),
	CONSTRAINT "policy_benefit_items_delivery_check" CHECK ("policy_benefit_items"."delivery" IN ('automatic', 'application'))
);
--> statement-breakpoint
CREATE TABLE "policy_eligibility" (
	"item_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"status" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_eligibility_item_id_enterprise_id_pk" PRIMARY KEY("item_id","enterprise_id"),
	CONSTRAINT "policy_eligibility_status_check" CHECK ("policy_eligibility"."status" IN ('eligible', 'possible'))
);
--> statement-breakpoint
CREATE TABLE "policy_list_members" (
	"list_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_list_members_list_id_enterprise_id_pk" PRIMARY KEY("list_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "policy_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise_figures" ADD CONSTRAINT "enterprise_figures_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_figures" ADD CONSTRAINT "enterprise_figures_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_figures" ADD CONSTRAINT "enterprise_figures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_benefit_items" ADD CONSTRAINT "policy_benefit_items_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_eligibility" ADD CONSTRAINT "policy_eligibility_item_id_policy_benefit_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."policy_benefit_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_eligibility" ADD CONSTRAINT "policy_eligibility_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_list_members" ADD CONSTRAINT "policy_list_members_list_id_policy_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."policy_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_list_members" ADD CONSTRAINT "policy_list_members_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_figures_indicator_year_idx" ON "enterprise_figures" USING btree ("indicator","year","value");--> statement-breakpoint
CREATE INDEX "enterprise_figures_updated_idx" ON "enterprise_figures" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "policies_state_issued_idx" ON "policies" USING btree ("state","issued_on");--> statement-breakpoint
CREATE INDEX "policy_benefit_items_policy_idx" ON "policy_benefit_items" USING btree ("policy_id","position");--> statement-breakpoint
CREATE INDEX "policy_eligibility_enterprise_idx" ON "policy_eligibility" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "policy_list_members_enterprise_idx" ON "policy_list_members" USING btree ("enterprise_id");