CREATE TABLE "competition_phase_judges" (
	"phase_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_phase_judges_phase_id_judge_id_pk" PRIMARY KEY("phase_id","judge_id")
);
--> statement-breakpoint
ALTER TABLE "competition_phase_judges" ADD CONSTRAINT "competition_phase_judges_phase_id_competition_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."competition_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_phase_judges" ADD CONSTRAINT "competition_phase_judges_judge_id_competition_judges_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."competition_judges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_phase_judges_judge_idx" ON "competition_phase_judges" USING btree ("judge_id");