CREATE TABLE "key_enterprise_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by_id" uuid,
	"ended_at" timestamp with time zone,
	CONSTRAINT "key_enterprise_links_role_check" CHECK (role IN ('leader', 'commissioner')),
	CONSTRAINT "key_enterprise_links_period_check" CHECK ("key_enterprise_links"."ends_on" IS NULL OR "key_enterprise_links"."starts_on" <= "key_enterprise_links"."ends_on")
);
--> statement-breakpoint
ALTER TABLE "key_enterprise_links" ADD CONSTRAINT "key_enterprise_links_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_enterprise_links" ADD CONSTRAINT "key_enterprise_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_enterprise_links" ADD CONSTRAINT "key_enterprise_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_enterprise_links" ADD CONSTRAINT "key_enterprise_links_ended_by_id_users_id_fk" FOREIGN KEY ("ended_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "key_enterprise_links_enterprise_idx" ON "key_enterprise_links" USING btree ("enterprise_id","starts_on");--> statement-breakpoint
CREATE INDEX "key_enterprise_links_user_idx" ON "key_enterprise_links" USING btree ("user_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "key_enterprise_links_open_uq" ON "key_enterprise_links" USING btree ("enterprise_id","user_id","role") WHERE "key_enterprise_links"."ends_on" IS NULL;