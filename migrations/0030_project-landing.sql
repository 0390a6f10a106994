ALTER TABLE "projects" ADD COLUMN "landing_site_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_building_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_floor_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "landing_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_site_id_sites_id_fk" FOREIGN KEY ("landing_site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_building_id_site_buildings_id_fk" FOREIGN KEY ("landing_building_id") REFERENCES "public"."site_buildings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_floor_id_site_floors_id_fk" FOREIGN KEY ("landing_floor_id") REFERENCES "public"."site_floors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_landing_unit_id_site_units_id_fk" FOREIGN KEY ("landing_unit_id") REFERENCES "public"."site_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_landing_site_idx" ON "projects" USING btree ("landing_site_id");