CREATE TABLE "timers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handler" text NOT NULL,
	"key" text NOT NULL,
	"fire_at" timestamp with time zone NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fired_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"retry_at" timestamp with time zone,
	"given_up_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "timers_key_unique" ON "timers" USING btree ("key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "timers_pending_idx" ON "timers" USING btree (coalesce("retry_at", "fire_at")) WHERE "timers"."fired_at" IS NULL AND "timers"."given_up_at" IS NULL;