CREATE TABLE "project_furthest_stages" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"project_created_at" timestamp with time zone NOT NULL,
	"furthest" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_stage_stays" (
	"project_id" uuid NOT NULL,
	"project_created_at" timestamp with time zone NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"days" double precision
);
--> statement-breakpoint
ALTER TABLE "project_furthest_stages" ADD CONSTRAINT "project_furthest_stages_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_stays" ADD CONSTRAINT "project_stage_stays_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_furthest_stages_created_idx" ON "project_furthest_stages" USING btree ("project_created_at");--> statement-breakpoint
CREATE INDEX "project_stage_stays_project_idx" ON "project_stage_stays" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_stage_stays_created_idx" ON "project_stage_stays" USING btree ("project_created_at");--> statement-breakpoint
CREATE INDEX "projects_created_idx" ON "projects" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "projects_updated_idx" ON "projects" USING btree ("updated_at","id");--> statement-breakpoint
-- Added by hand, as drizzle cannot express functions and triggers: the report's projection of the projects'
-- transitions (src/modules/investment-reports/schema.ts) is rebuilt by the database itself for every project whose
-- transitions or creation time change, whichever code path or tool changed them; statement triggers with
-- transition tables, so that a bulk load rebuilds its projects in one statement.
CREATE FUNCTION refresh_project_report_rows(ids uuid[]) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM project_stage_stays WHERE project_id = ANY(ids);
  INSERT INTO project_stage_stays (project_id, project_created_at, stage, entered_at, days)
  SELECT p.id, p.created_at, t.to_state, t.at, extract(epoch FROM lead(t.at) OVER moves - t.at) / 86400
  FROM projects p JOIN workflow_transitions t ON t.record_kind = 'project' AND t.record_id = p.id::text
  WHERE p.id = ANY(ids)
  WINDOW moves AS (PARTITION BY t.record_id ORDER BY t.at, t.id);
  DELETE FROM project_furthest_stages WHERE project_id = ANY(ids);
  INSERT INTO project_furthest_stages (project_id, project_created_at, furthest)
  SELECT p.id, p.created_at,
         max(array_position(ARRAY['lead', 'contact', 'intent', 'negotiation', 'signed', 'registered', 'started', 'producing', 'atCapacity']::text[], t.to_state))
  FROM projects p JOIN workflow_transitions t ON t.record_kind = 'project' AND t.record_id = p.id::text
  WHERE p.id = ANY(ids)
  GROUP BY p.id
  HAVING max(array_position(ARRAY['lead', 'contact', 'intent', 'negotiation', 'signed', 'registered', 'started', 'producing', 'atCapacity']::text[], t.to_state)) IS NOT NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION project_transitions_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM refresh_project_report_rows(ARRAY(SELECT DISTINCT record_id::uuid FROM new_rows WHERE record_kind = 'project'));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM refresh_project_report_rows(ARRAY(SELECT DISTINCT record_id::uuid FROM old_rows WHERE record_kind = 'project'));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER workflow_transitions_project_report_insert AFTER INSERT ON workflow_transitions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_transitions_changed();
--> statement-breakpoint
CREATE TRIGGER workflow_transitions_project_report_update AFTER UPDATE ON workflow_transitions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_transitions_changed();
--> statement-breakpoint
CREATE TRIGGER workflow_transitions_project_report_delete AFTER DELETE ON workflow_transitions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_transitions_changed();
--> statement-breakpoint
CREATE FUNCTION project_creation_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM refresh_project_report_rows(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.created_at IS DISTINCT FROM o.created_at));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER projects_project_report_update AFTER UPDATE ON projects
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_creation_changed();
--> statement-breakpoint
-- The projects already there.
SELECT refresh_project_report_rows(ARRAY(SELECT id FROM projects));
