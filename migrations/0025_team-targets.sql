CREATE TABLE "team_targets" (
	"team_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"measure" text NOT NULL,
	"target" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_targets_team_id_year_measure_pk" PRIMARY KEY("team_id","year","measure"),
	CONSTRAINT "team_targets_target_check" CHECK ("team_targets"."target" >= 0)
);
--> statement-breakpoint
ALTER TABLE "team_targets" ADD CONSTRAINT "team_targets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;