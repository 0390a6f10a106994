CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text NOT NULL,
	"rejection_reason" text,
	"expires_at" timestamp with time zone,
	"reminded_expires_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"confidential_details" text DEFAULT '' NOT NULL,
	"field_ids" uuid[] DEFAULT '{}' NOT NULL,
	"targets" text DEFAULT '' NOT NULL,
	"budget_wan" numeric(14, 2),
	"deadline" date,
	"maturity_needed" text,
	"ip_ownership" text,
	"stages" text[] DEFAULT '{}' NOT NULL,
	"ticket_min_wan" numeric(14, 2),
	"ticket_max_wan" numeric(14, 2),
	"modes" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "demands_state_check" CHECK ("demands"."state" IN ('draft', 'submitted', 'published', 'withdrawn', 'expired')),
	CONSTRAINT "demands_kind_check" CHECK ("demands"."kind" IN ('technology', 'capital')),
	CONSTRAINT "demands_ticket_check" CHECK ("demands"."ticket_min_wan" <= "demands"."ticket_max_wan")
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text NOT NULL,
	"rejection_reason" text,
	"expires_at" timestamp with time zone,
	"reminded_expires_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"field_id" uuid,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"maturity" text,
	"trl" smallint,
	"patents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"modes" text[] DEFAULT '{}' NOT NULL,
	"price_wan" numeric(14, 2),
	CONSTRAINT "listings_state_check" CHECK ("listings"."state" IN ('draft', 'submitted', 'published', 'withdrawn', 'expired')),
	CONSTRAINT "listings_maturity_check" CHECK ("listings"."maturity" IN ('实验室', '小试', '中试', '量产')),
	CONSTRAINT "listings_trl_check" CHECK ("listings"."trl" BETWEEN 1 AND 9)
);
--> statement-breakpoint
CREATE TABLE "market_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"name_en" text NOT NULL,
	"industry_code" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_fields_name_key_unique" UNIQUE("name_key")
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "kind" text DEFAULT 'company' NOT NULL;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_owner_id_enterprises_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_owner_id_enterprises_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_field_id_market_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."market_fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_fields" ADD CONSTRAINT "market_fields_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demands_state_idx" ON "demands" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "demands_owner_idx" ON "demands" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "demands_field_idx" ON "demands" USING gin ("field_ids");--> statement-breakpoint
CREATE INDEX "demands_expiry_idx" ON "demands" USING btree ("expires_at") WHERE "demands"."state" = 'published';--> statement-breakpoint
CREATE INDEX "listings_state_idx" ON "listings" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "listings_owner_idx" ON "listings" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "listings_field_idx" ON "listings" USING btree ("field_id");--> statement-breakpoint
CREATE INDEX "listings_expiry_idx" ON "listings" USING btree ("expires_at") WHERE "listings"."state" = 'published';--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_kind_check" CHECK ("enterprises"."kind" IN ('company', 'university', 'institute', 'investor', 'incubator', 'other'));