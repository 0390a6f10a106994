import { and, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { beijingDayEnd, beijingDayStart, projectFilterCondition, type ProjectFilters } from '../investment-projects/project-filters.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from '../investment-projects/project-policy.ts';
import { pipelineStages, projectStages, type ProjectStage } from '../investment-projects/project-stages.ts';
import type { ReportPeriod } from './report-period.ts';
import type { FunnelReport, ReportQuery } from './schemas.ts';

/** The filters of a report that select projects (its verifiedOnly concerns amounts only). */
export const projectFiltersOf = (query: ReportQuery): ProjectFilters => ({ teamId: query.teamId, regionCode: query.regionCode, sector: query.sector });

const roundTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The pipeline of the projects the user sees, in four queries (the scope, then three aggregations):
 * - the funnel: of the projects created in the period, how many reached each stage by now, counting a project that
 *   skipped a stage forward (线索 straight to 意向) as having passed it, with each stage's conversion from the one before;
 * - the stages now of every project matching the filters, whatever the period (搁置 and 终止 included);
 * - the median days of the completed stays in each stage of the period's projects: a stay ends with the next move,
 *   and the stay under way is left out (it has no length yet, and counting it up to now would shorten the medians
 *   of young projects' stages).
 * The first and the last read the projection of the transitions (schema.ts), by the projects' creation time; the
 * projects table is joined only for a scope or filters. The same projects as the projects list given
 * `createdFrom`/`createdTo`, `reachedStage` or `leftStage` and the same filters.
 */
export async function readFunnel(db: DbOrTx, user: ProjectUser, period: ReportPeriod, filters: ProjectFilters): Promise<FunnelReport> {
  const scope = await projectScopeOf(db, user);
  const matching = and(visibleProjects(scope), projectFilterCondition(filters));
  const ofProjects = (table: SQL) => (matching ? sql`${table} JOIN projects ON projects.id = r.project_id AND ${matching}` : table);
  const inPeriod = sql`r.project_created_at >= ${beijingDayStart(period.from)} AND r.project_created_at < ${beijingDayEnd(period.to)}`;
  const [furthest, current, stays] = await Promise.all([
    db.execute<{ furthest: number; projects: number }>(sql`
      SELECT r.furthest, count(*)::int AS projects
      FROM ${ofProjects(sql`project_furthest_stages r`)}
      WHERE ${inPeriod}
      GROUP BY r.furthest`),
    db.execute<{ stage: ProjectStage; projects: number }>(sql`
      SELECT stage, count(*)::int AS projects FROM projects WHERE ${matching ?? sql`true`} GROUP BY stage`),
    db.execute<{ stage: ProjectStage; stays: number; projects: number; median_days: number | null }>(sql`
      SELECT r.stage, count(*)::int AS stays, count(DISTINCT r.project_id)::int AS projects,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY r.days) AS median_days
      FROM ${ofProjects(sql`project_stage_stays r`)}
      WHERE ${inPeriod} AND r.days IS NOT NULL
      GROUP BY r.stage`),
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
