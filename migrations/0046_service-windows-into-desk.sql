ALTER TABLE "service_requests" DROP CONSTRAINT "service_requests_location_check";--> statement-breakpoint
ALTER TABLE "service_requests" ALTER COLUMN "enterprise_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "service_categories" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "service_categories" ADD COLUMN "market_window" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The technology market's service windows fold into the service desk: each window becomes a category of its own,
-- marked as a market window, with its names, description and order after the desk's categories. Its code is the
-- window's behind 'market-' (within the 32 characters a code may have): the desk's own categories of the same
-- matters ('ip', 'finance', 'legal', 'tech-trading') stay the hotline's, routed to its team, while the windows'
-- go to the market's.
INSERT INTO "service_categories" ("code", "name_zh_cn", "name_zh_tw", "name_en", "description", "market_window", "active", "position")
SELECT left('market-' || "code", 32), "name_zh_cn", "name_zh_tw", "name_en", "description", true, "active", 100 + "position"
FROM "service_windows"
ON CONFLICT ("code") DO UPDATE SET "market_window" = true, "description" = EXCLUDED."description", "updated_at" = now();--> statement-breakpoint
-- Each window request becomes a service request with the same id (so that its files, audit trail and notices
-- still name it) and its FW… reference, which people quote. Its subject heads the description. States:
--   open, never answered      → new: nobody at the desk owns it yet, and accepting it makes its owner (首问负责制);
--   open after an answer      → in_progress: the requester followed up, the ball is with the staff;
--   answered                  → waiting_on_enterprise: the staff answered and wait for the requester, which is
--                               what the desk's pause means (its SLA clock stops until the requester replies);
--   closed                    → resolved, as a window's closing meant "done" and allowed reopening for seven
--                               days, which is what the desk's resolved is; closed over seven days ago → closed,
--                               as the desk's closing job would have done seven days after.
-- It goes where a new request of its category would: the team of the category's rule, else the fallback owner.
INSERT INTO "service_requests" ("id", "reference", "enterprise_id", "opened_by_id", "opened_by_name", "channel", "category_code", "priority",
  "description", "state", "team_id", "owner_id", "idempotency_key", "first_response_at", "resolved_at", "closed_at", "created_at", "updated_at")
SELECT r."id", r."reference", r."enterprise_id", r."opened_by_id", r."opened_by_name",
  -- Staff logged it for an enterprise that is not theirs: a walk-in at the window.
  CASE WHEN r."enterprise_id" IS NOT NULL AND u."id" IS NOT NULL AND u."enterprise_id" IS DISTINCT FROM r."enterprise_id" THEN 'walk-in' ELSE 'web' END,
  c."code", 'normal', r."subject" || E'\n\n' || r."description",
  CASE
    WHEN r."state" = 'closed' AND r."closed_at" <= now() - interval '7 days' THEN 'closed'
    WHEN r."state" = 'closed' THEN 'resolved'
    WHEN r."state" = 'answered' THEN 'waiting_on_enterprise'
    WHEN r."first_response_at" IS NULL THEN 'new'
    ELSE 'in_progress'
  END,
  rule."team_id", CASE WHEN rule."team_id" IS NULL THEN settings."fallback_owner_id" END,
  COALESCE(r."idempotency_key", 'window-' || r."id"), r."first_response_at",
  CASE WHEN r."state" = 'closed' THEN r."closed_at" END,
  CASE WHEN r."state" = 'closed' AND r."closed_at" <= now() - interval '7 days' THEN r."closed_at" + interval '7 days' END,
  r."created_at", r."updated_at"
FROM "window_requests" r
JOIN "service_categories" c ON c."code" = left('market-' || r."window_code", 32)
LEFT JOIN "users" u ON u."id" = r."opened_by_id"
LEFT JOIN "service_routing_rules" rule ON rule."category_code" = c."code" AND rule."site_id" IS NULL
LEFT JOIN "service_desk_settings" settings ON true;--> statement-breakpoint
-- Every message was read by both sides: public replies.
INSERT INTO "service_request_messages" ("id", "request_id", "author_id", "author_name", "side", "visibility", "body", "created_at")
SELECT "id", "request_id", "author_id", "author_name", "side", 'public', "body", "created_at" FROM "window_request_messages";--> statement-breakpoint
-- The history in the desk's words, so that the timeline and the SLA clock read it: an answer is a wait on the
-- requester, a follow-up the requester's reply, a closing the resolution; "open" is new until the first answer,
-- in progress after it.
UPDATE "workflow_transitions" t SET
  "workflow" = 'service-request',
  "record_kind" = 'service-request',
  "action" = CASE t."action" WHEN 'answer' THEN 'waitOnEnterprise' WHEN 'followUp' THEN 'enterpriseReply' WHEN 'close' THEN 'resolve' ELSE t."action" END,
  "from_state" = CASE t."from_state"
    WHEN 'answered' THEN 'waiting_on_enterprise'
    WHEN 'closed' THEN 'resolved'
    WHEN 'open' THEN CASE WHEN EXISTS (SELECT 1 FROM "workflow_transitions" a WHERE a."record_kind" = 'window-request' AND a."record_id" = t."record_id" AND a."action" = 'answer' AND a."id" < t."id") THEN 'in_progress' ELSE 'new' END
    ELSE t."from_state"
  END,
  "to_state" = CASE t."to_state"
    WHEN 'answered' THEN 'waiting_on_enterprise'
    WHEN 'closed' THEN 'resolved'
    WHEN 'open' THEN CASE WHEN t."from_state" IS NULL OR NOT EXISTS (SELECT 1 FROM "workflow_transitions" a WHERE a."record_kind" = 'window-request' AND a."record_id" = t."record_id" AND a."action" = 'answer' AND a."id" < t."id") THEN 'new' ELSE 'in_progress' END
    ELSE t."to_state"
  END
WHERE t."record_kind" = 'window-request';--> statement-breakpoint
-- The closing the desk's job would have made seven days after the resolution.
INSERT INTO "workflow_transitions" ("workflow", "record_kind", "record_id", "from_state", "to_state", "action", "actor_name", "at")
SELECT 'service-request', 'service-request', "id"::text, 'resolved', 'closed', 'close', 'system', "closed_at"
FROM "service_requests" WHERE "state" = 'closed' AND "reference" LIKE 'FW%' AND "closed_at" IS NOT NULL AND "merged_into_id" IS NULL
  AND "id" IN (SELECT "id" FROM "window_requests");--> statement-breakpoint
UPDATE "attachments" SET "record_kind" = 'service-request' WHERE "record_kind" = 'window-request';--> statement-breakpoint
UPDATE "audit_events" SET "entity_type" = 'service-request' WHERE "entity_type" = 'window-request';--> statement-breakpoint
-- Notices lead to the request at the desk, worded by the desk's messages.
UPDATE "notifications" SET
  "record_kind" = 'service-request',
  "link" = '/service-desk/requests/' || "record_id",
  "kind" = CASE "kind" WHEN 'window-request.opened' THEN 'service-request.submitted' ELSE 'service-request.replied' END,
  "message" = CASE "message" WHEN 'windowRequest.notice.opened' THEN 'serviceRequest.notice.submitted' ELSE 'serviceRequest.notice.replied' END,
  "params" = "params" || jsonb_build_object('description', "params"->>'subject')
WHERE "record_kind" = 'window-request';--> statement-breakpoint
DROP TABLE "window_request_messages" CASCADE;--> statement-breakpoint
DROP TABLE "window_requests" CASCADE;--> statement-breakpoint
DROP TABLE "service_windows" CASCADE;--> statement-breakpoint
DROP SEQUENCE "public"."window_request_number_seq";
