CREATE TABLE "workflow_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workflow" text NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"evidence" jsonb,
	"at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "workflow_transitions_record_idx" ON "workflow_transitions" USING btree ("record_kind","record_id","at");