ALTER TABLE "projects" ADD COLUMN "origin_visit_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_origin_visit_id_visits_id_fk" FOREIGN KEY ("origin_visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_origin_visit_idx" ON "projects" USING btree ("origin_visit_id");