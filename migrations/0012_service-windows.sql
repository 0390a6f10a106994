CREATE SEQUENCE "public"."window_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "service_windows" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh_cn" text NOT NULL,
	"name_zh_tw" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "window_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "window_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text DEFAULT ('FW' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('window_request_number_seq')::text, 6, '0')) NOT NULL,
	"window_code" text NOT NULL,
	"enterprise_id" uuid,
	"opened_by_id" uuid,
	"opened_by_name" text NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"state" text NOT NULL,
	"search_text" text NOT NULL,
	"idempotency_key" text,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "window_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "window_requests_state_check" CHECK ("window_requests"."state" IN ('open', 'answered', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "window_request_messages" ADD CONSTRAINT "window_request_messages_request_id_window_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."window_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_request_messages" ADD CONSTRAINT "window_request_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_requests" ADD CONSTRAINT "window_requests_window_code_service_windows_code_fk" FOREIGN KEY ("window_code") REFERENCES "public"."service_windows"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_requests" ADD CONSTRAINT "window_requests_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_requests" ADD CONSTRAINT "window_requests_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "window_request_messages_request_idx" ON "window_request_messages" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "window_requests_idempotency_idx" ON "window_requests" USING btree ("opened_by_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "window_requests_enterprise_idx" ON "window_requests" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "window_requests_queue_idx" ON "window_requests" USING btree ("state","created_at");