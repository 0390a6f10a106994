ALTER TABLE "enterprise_imports" RENAME TO "imports";--> statement-breakpoint
ALTER TABLE "imports" DROP CONSTRAINT "enterprise_imports_uploaded_by_users_id_fk";
--> statement-breakpoint
-- Added by hand: every import before this one was of enterprises; the default fills them in, then goes.
ALTER TABLE "imports" ADD COLUMN "kind" text NOT NULL DEFAULT 'enterprise';--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_kind_status_idx" ON "imports" USING btree ("kind","status");