CREATE TABLE "service_sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_code" text,
	"priority" text NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	"calendar" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_sla_policies_match_key" UNIQUE NULLS NOT DISTINCT("category_code","priority"),
	CONSTRAINT "service_sla_policies_minutes_check" CHECK ("service_sla_policies"."first_response_minutes" > 0 AND "service_sla_policies"."resolution_minutes" >= "service_sla_policies"."first_response_minutes")
);
--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "sla_response_warn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "sla_response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "sla_resolution_warn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "sla_resolution_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_sla_policies" ADD CONSTRAINT "service_sla_policies_category_code_service_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."service_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_requests_sla_resolution_idx" ON "service_requests" USING btree ("sla_resolution_warn_at");--> statement-breakpoint
CREATE INDEX "service_requests_sla_response_idx" ON "service_requests" USING btree ("sla_response_warn_at");