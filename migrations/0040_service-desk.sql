CREATE SEQUENCE "public"."service_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "service_canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh_cn" text NOT NULL,
	"name_zh_tw" text NOT NULL,
	"name_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_desk_settings" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"fallback_owner_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_desk_settings_singleton_check" CHECK ("service_desk_settings"."singleton")
);
--> statement-breakpoint
CREATE TABLE "service_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"side" text NOT NULL,
	"visibility" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "service_request_messages_internal_check" CHECK ("service_request_messages"."visibility" = 'public' OR "service_request_messages"."side" = 'staff')
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text DEFAULT ('SR' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('service_request_number_seq')::text, 6, '0')) NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"opened_by_id" uuid,
	"opened_by_name" text NOT NULL,
	"channel" text NOT NULL,
	"category_code" text NOT NULL,
	"priority" text NOT NULL,
	"site_id" uuid,
	"building_id" uuid,
	"floor_id" uuid,
	"unit_id" uuid,
	"location_text" text,
	"description" text NOT NULL,
	"state" text NOT NULL,
	"team_id" uuid,
	"owner_id" uuid,
	"idempotency_key" text NOT NULL,
	"merged_into_id" uuid,
	"rating" integer,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "service_requests_rating_check" CHECK ("service_requests"."rating" IS NULL OR "service_requests"."rating" BETWEEN 1 AND 5),
	CONSTRAINT "service_requests_location_check" CHECK ("service_requests"."site_id" IS NOT NULL OR "service_requests"."location_text" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "service_routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_code" text,
	"site_id" uuid,
	"team_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_routing_rules_match_key" UNIQUE NULLS NOT DISTINCT("category_code","site_id"),
	CONSTRAINT "service_routing_rules_match_check" CHECK ("service_routing_rules"."category_code" IS NOT NULL OR "service_routing_rules"."site_id" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "service_canned_replies" ADD CONSTRAINT "service_canned_replies_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_desk_settings" ADD CONSTRAINT "service_desk_settings_fallback_owner_id_users_id_fk" FOREIGN KEY ("fallback_owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_messages" ADD CONSTRAINT "service_request_messages_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_messages" ADD CONSTRAINT "service_request_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_category_code_service_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."service_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_building_id_site_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."site_buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_floor_id_site_floors_id_fk" FOREIGN KEY ("floor_id") REFERENCES "public"."site_floors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_unit_id_site_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."site_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_merged_into_id_service_requests_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_routing_rules" ADD CONSTRAINT "service_routing_rules_category_code_service_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."service_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_routing_rules" ADD CONSTRAINT "service_routing_rules_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_routing_rules" ADD CONSTRAINT "service_routing_rules_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_canned_replies_team_idx" ON "service_canned_replies" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "service_request_messages_request_idx" ON "service_request_messages" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_idempotency_idx" ON "service_requests" USING btree ("opened_by_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "service_requests_enterprise_idx" ON "service_requests" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_team_idx" ON "service_requests" USING btree ("team_id","state");--> statement-breakpoint
CREATE INDEX "service_requests_owner_idx" ON "service_requests" USING btree ("owner_id","state");--> statement-breakpoint
CREATE INDEX "service_requests_resolved_idx" ON "service_requests" USING btree ("state","resolved_at");