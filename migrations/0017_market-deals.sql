CREATE TABLE "deal_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"introduction_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"demand_id" uuid,
	"seller_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"state" text DEFAULT 'intent' NOT NULL,
	"amount_wan" numeric(14, 2),
	"signed_on" date,
	"mode" text,
	"contract_file_id" uuid,
	"registration_number" text,
	"close_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deals_introduction_id_unique" UNIQUE("introduction_id"),
	CONSTRAINT "deals_state_check" CHECK ("deals"."state" IN ('intent', 'negotiation', 'signed', 'registered', 'completed', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"demand_id" uuid,
	"party_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"listing_accepted_at" timestamp with time zone,
	"demand_accepted_at" timestamp with time zone,
	"decline_reason" text,
	"decline_text" text,
	"decided_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "introductions_state_check" CHECK ("introductions"."state" IN ('requested', 'accepted', 'declined')),
	CONSTRAINT "introductions_origin_check" CHECK ("introductions"."origin" IN ('request', 'proposal')),
	CONSTRAINT "introductions_reason_check" CHECK ("introductions"."decline_reason" IN ('stage-too-early', 'price', 'benefit-unclear', 'already-solved', 'other'))
);
--> statement-breakpoint
ALTER TABLE "deal_messages" ADD CONSTRAINT "deal_messages_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_messages" ADD CONSTRAINT "deal_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_seller_id_enterprises_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_buyer_id_enterprises_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_party_id_enterprises_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_messages_deal_idx" ON "deal_messages" USING btree ("deal_id","created_at");--> statement-breakpoint
CREATE INDEX "deals_seller_idx" ON "deals" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "deals_buyer_idx" ON "deals" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "deals_state_idx" ON "deals" USING btree ("state","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_open_idx" ON "introductions" USING btree ("listing_id","party_id") WHERE "introductions"."state" IN ('requested', 'accepted');--> statement-breakpoint
CREATE INDEX "introductions_party_idx" ON "introductions" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "introductions_demand_idx" ON "introductions" USING btree ("demand_id");--> statement-breakpoint
CREATE INDEX "introductions_state_idx" ON "introductions" USING btree ("state","updated_at");