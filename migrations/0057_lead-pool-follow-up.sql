ALTER TABLE "leads" ADD COLUMN "warned_follow_up_on" date;--> statement-breakpoint
CREATE INDEX "leads_owned_idle_idx" ON "leads" USING btree ("touched_at","next_follow_up_on") WHERE "leads"."status" = 'open' AND "leads"."owner_id" IS NOT NULL;--> statement-breakpoint
-- Leads already warned of their current touch were warned of this idle period: mark its follow-up day too, so that
-- extending the marker warns nobody twice.
UPDATE "leads" SET "warned_follow_up_on" = "next_follow_up_on" WHERE "warned_touched_at" = "touched_at";
