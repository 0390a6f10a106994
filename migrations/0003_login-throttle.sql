CREATE TABLE "login_failure_counters" (
	"scope" text NOT NULL,
	"account" text NOT NULL,
	"source" text NOT NULL,
	"failures" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "login_failure_counters_scope_account_source_pk" PRIMARY KEY("scope","account","source")
);
--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "locale" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "login_failure_counters_expiry_idx" ON "login_failure_counters" USING btree ("expires_at");