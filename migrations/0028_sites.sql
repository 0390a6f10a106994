CREATE TABLE "site_buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_floors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"state" text NOT NULL,
	"area" numeric(10, 2),
	"monthly_rent" numeric(14, 2),
	"term_from" date,
	"term_to" date,
	"signed_on" date,
	"fit_out_on" date,
	"opened_on" date,
	"ended_on" date,
	"close_reason" text,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_leases_state_check" CHECK ("site_leases"."state" IN ('intent', 'signed', 'fitting-out', 'open', 'cancelled', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "site_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"floor_id" uuid NOT NULL,
	"code" text NOT NULL,
	"area" numeric(10, 2) NOT NULL,
	"use" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_units_area_check" CHECK ("site_units"."area" > 0),
	CONSTRAINT "site_units_use_check" CHECK ("site_units"."use" IN ('office', 'retail', 'industrial', 'showroom', 'storage', 'other'))
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text,
	"address" text,
	"team_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_kind_check" CHECK ("sites"."kind" IN ('park', 'building-complex', 'expo-centre', 'incubator', 'other'))
);
--> statement-breakpoint
ALTER TABLE "site_buildings" ADD CONSTRAINT "site_buildings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_floors" ADD CONSTRAINT "site_floors_building_id_site_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."site_buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_leases" ADD CONSTRAINT "site_leases_unit_id_site_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."site_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_leases" ADD CONSTRAINT "site_leases_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_leases" ADD CONSTRAINT "site_leases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_units" ADD CONSTRAINT "site_units_floor_id_site_floors_id_fk" FOREIGN KEY ("floor_id") REFERENCES "public"."site_floors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "site_buildings_name_idx" ON "site_buildings" USING btree ("site_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "site_floors_level_idx" ON "site_floors" USING btree ("building_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "site_leases_one_active_idx" ON "site_leases" USING btree ("unit_id") WHERE "site_leases"."state" IN ('intent', 'signed', 'fitting-out', 'open');--> statement-breakpoint
CREATE INDEX "site_leases_enterprise_idx" ON "site_leases" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "site_units_code_idx" ON "site_units" USING btree ("floor_id","code");--> statement-breakpoint
CREATE INDEX "sites_name_key_idx" ON "sites" USING btree ("name_key");