ALTER TABLE "demands" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
-- Records submitted before the column existed: their last submission, as the workflow's history has it.
UPDATE "demands" SET "submitted_at" = (SELECT max(t."at") FROM "workflow_transitions" t WHERE t."record_kind" = 'demand' AND t."record_id" = "demands"."id"::text AND t."action" = 'submit');--> statement-breakpoint
UPDATE "listings" SET "submitted_at" = (SELECT max(t."at") FROM "workflow_transitions" t WHERE t."record_kind" = 'listing' AND t."record_id" = "listings"."id"::text AND t."action" = 'submit');
