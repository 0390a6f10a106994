CREATE TABLE "service_request_sla_outcomes" (
	"request_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"target" text NOT NULL,
	"outcome" text NOT NULL,
	"due_at" timestamp with time zone,
	"met_at" timestamp with time zone,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_request_sla_outcomes_request_id_cycle_target_pk" PRIMARY KEY("request_id","cycle","target")
);
--> statement-breakpoint
ALTER TABLE "service_request_sla_outcomes" ADD CONSTRAINT "service_request_sla_outcomes_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_request_sla_outcomes_decided_idx" ON "service_request_sla_outcomes" USING btree ("decided_at");