CREATE TABLE "policy_fit_scan" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"scanned_up_to" timestamp with time zone NOT NULL,
	CONSTRAINT "policy_fit_scan_singleton_check" CHECK ("policy_fit_scan"."singleton")
);
