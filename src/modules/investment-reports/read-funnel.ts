import { and, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { projectFilterCondition, type ProjectFilters } from '../investment-projects/project-filters.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from '../investment-projects/project-policy.ts';
import { pipelineStages, projectStages, type ProjectStage } from '../investment-projects/project-stages.ts';
import type { ReportPeriod } from './report-period.ts';
import type { FunnelReport, ReportQuery } from './schemas.ts';

/** The filters of a report that select projects (its verifiedOnly concerns amounts only). */
export const projectFiltersOf = (query: ReportQuery): ProjectFilters => ({ teamId: query.teamId, regionCode: query.regionCode, sector: query.sector });

const stageArray = sql.raw(`ARRAY[${pipelineStages.map((stage) => `'${stage}'`).join(', ')}]::text[]`);
const roundTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The pipeline of the projects the user sees, in four queries (the scope, then three aggregations):
 * - the funnel: of the projects created in the period, how many reached each stage by now, counting a project that
 *   skipped a stage forward (线索 straight to 意向) as having passed it, with each stage's conversion from the one before;
 * - the stages now of every project matching the filters, whatever the period (搁置 and 终止 included);
 * - the median days of the completed stays in each stage of the period's projects: a stay ends with the next move,
 *   and the stay under way is left out (it has no length yet, and counting it up to now would shorten the medians
 *   of young projects' stages).
 */
export async function readFunnel(db: DbOrTx, user: ProjectUser, period: ReportPeriod, filters: ProjectFilters): Promise<FunnelReport> {
  const scope = await projectScopeOf(db, user);
  // The period's projects: the projects list's condition given createdFrom/createdTo and the same filters.
  const cohort = and(visibleProjects(scope), projectFilterCondition({ ...filters, createdFrom: period.from, createdTo: period.to }));
  const matching = and(visibleProjects(scope), projectFilterCondition(filters));
  const [furthest, current, stays] = await Promise.all([
    db.execute<{ furthest: number; projects: number }>(sql`
      SELECT furthest, count(*)::int AS projects FROM (
        SELECT max(array_position(${stageArray}, t.to_state)) AS furthest
        FROM projects JOIN workflow_transitions t ON t.record_kind = 'project' AND t.record_id = projects.id::text
        WHERE ${cohort ?? sql`true`}
        GROUP BY projects.id
      ) reached
      WHERE furthest IS NOT NULL
      GROUP BY furthest`),
    db.execute<{ stage: ProjectStage; projects: number }>(sql`
      SELECT stage, count(*)::int AS projects FROM projects WHERE ${matching ?? sql`true`} GROUP BY stage`),
    db.execute<{ stage: ProjectStage; stays: number; projects: number; median_days: number | null }>(sql`
      SELECT stay.stage, count(*)::int AS stays, count(DISTINCT stay.record_id)::int AS projects,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM stay.left_at - stay.entered_at) / 86400) AS median_days
      FROM (
        SELECT t.record_id, t.to_state AS stage, t.at AS entered_at, lead(t.at) OVER (PARTITION BY t.record_id ORDER BY t.at, t.id) AS left_at
        FROM projects JOIN workflow_transitions t ON t.record_kind = 'project' AND t.record_id = projects.id::text
        WHERE ${cohort ?? sql`true`}
      ) stay
      WHERE stay.left_at IS NOT NULL
      GROUP BY stay.stage`),
  ]);

  const reachedAtLeast = (index: number) => furthest.rows.filter((row) => row.furthest >= index + 1).reduce((sum, row) => sum + row.projects, 0);
  const reached = pipelineStages.map((_, index) => reachedAtLeast(index));
  return {
    period,
    funnel: pipelineStages.map((stage, index) => {
      const before = index === 0 ? 0 : reached[index - 1]!;
      return { stage, reached: reached[index]!, conversion: before > 0 ? roundTenth((reached[index]! / before) * 100) : null };
    }),
    current: projectStages.map((stage) => ({ stage, count: current.rows.find((row) => row.stage === stage)?.projects ?? 0 })),
    stageDays: projectStages
      .filter((stage) => stage !== 'terminated' && stage !== 'atCapacity')
      .map((stage) => {
        const row = stays.rows.find((candidate) => candidate.stage === stage);
        return { stage, stays: row?.stays ?? 0, projects: row?.projects ?? 0, medianDays: row?.median_days === null || !row ? null : roundTenth(Number(row.median_days)) };
      }),
  };
}
