CREATE TABLE "timer_purge_horizon" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"purged_before" timestamp with time zone NOT NULL,
	CONSTRAINT "timer_purge_horizon_one_row" CHECK ("timer_purge_horizon"."singleton")
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "content_removed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "attachments_content_to_remove_idx" ON "attachments" USING btree ("deleted_at") WHERE "attachments"."deleted_at" IS NOT NULL AND "attachments"."content_removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "notifications_read_idx" ON "notifications" USING btree ("created_at") WHERE "notifications"."read_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "timers_finished_idx" ON "timers" USING btree ("fire_at") WHERE "timers"."fired_at" IS NOT NULL OR "timers"."given_up_at" IS NOT NULL;