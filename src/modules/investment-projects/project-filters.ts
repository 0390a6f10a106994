import { and, gte, isNotNull, isNull, lt, lte, not, sql, type SQL } from 'drizzle-orm';
import { pipelineStages, type PipelineStage, type ProjectStage } from './project-stages.ts';
import { amountVerified, firstSignedOn } from './project-records.ts';
import { projects } from './schema.ts';

/** A filter's value for the projects without that attribute (no team, no district, no industry). */
export const noValue = 'none';

/**
 * The filters that the projects list shares with the figures built on it (the reports), so that a figure and the
 * list it opens select exactly the same projects. Days are Beijing calendar days, both ends included.
 */
export interface ProjectFilters {
  teamId?: string;
  /** A GB/T 2260 district (or zone) code, or `none`. */
  regionCode?: string;
  /** A GB/T 4754 section letter ('C' manufacturing), or `none`. */
  sector?: string;
  /** Created (entered 线索) on or after / on or before. */
  createdFrom?: string;
  createdTo?: string;
  /** First signed (the counted signing, counting rule 1) on or after / on or before. */
  signedFrom?: string;
  signedTo?: string;
  /** Reached this pipeline stage or a later one at some time, by the workflow's transitions. */
  reachedStage?: PipelineStage;
  /** Left this stage at least once (a completed stay in it), by the workflow's transitions. */
  leftStage?: ProjectStage;
  /** The agreed amount backed by a live agreement file, or not (counting rule 4). */
  verification?: 'verified' | 'unverified';
}

/** The instants bounding Beijing calendar days, as SQL: the first instant of a day, and the first after it. */
export const beijingDayStart = (day: string) => sql`(${day}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
export const beijingDayEnd = (day: string) => sql`((${day}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

const equalOrNone = (column: SQL, value: string | undefined) => (value === undefined ? undefined : value === noValue ? isNull(column) : sql`${column} = ${value}`);

/** The GB/T 4754 section of a project's industry: its code's letter (codes carry it at every level). */
export const sectorOf = sql<string | null>`left(${projects.industryCode}, 1)`;

/** Signed for the figures: an agreed amount and a first signing within the days (as the summary counts them). */
export function signedBetween(from: string | undefined, to: string | undefined): SQL {
  const first = sql<string>`${firstSignedOn}`;
  return and(isNotNull(projects.agreedAmountWan), from ? gte(first, from) : undefined, to ? lte(first, to) : undefined)!;
}

/** The transitions of the project row in hand (correlated). */
const transitionExists = (condition: SQL) =>
  sql`EXISTS (SELECT 1 FROM workflow_transitions t WHERE t.record_kind = 'project' AND t.record_id = "projects"."id"::text AND ${condition})`;

/** The pipeline stages from this one on: a project that reached a later stage passed this one, or skipped it forward. */
export const stagesFrom = (stage: PipelineStage): PipelineStage[] => pipelineStages.slice(pipelineStages.indexOf(stage));

export function projectFilterCondition(filters: ProjectFilters): SQL | undefined {
  return and(
    equalOrNone(sql`${projects.teamId}`, filters.teamId),
    equalOrNone(sql`${projects.regionCode}`, filters.regionCode),
    equalOrNone(sectorOf, filters.sector),
    filters.createdFrom ? gte(projects.createdAt, beijingDayStart(filters.createdFrom)) : undefined,
    filters.createdTo ? lt(projects.createdAt, beijingDayEnd(filters.createdTo)) : undefined,
    filters.signedFrom || filters.signedTo ? signedBetween(filters.signedFrom, filters.signedTo) : undefined,
    filters.reachedStage ? transitionExists(sql`t.to_state IN (${sql.join(stagesFrom(filters.reachedStage).map((stage) => sql`${stage}`), sql`, `)})`) : undefined,
    filters.leftStage ? transitionExists(sql`t.from_state = ${filters.leftStage}`) : undefined,
    filters.verification === 'verified' ? amountVerified : undefined,
    filters.verification === 'unverified' ? and(isNotNull(projects.agreedAmountWan), not(amountVerified)) : undefined,
  );
}
