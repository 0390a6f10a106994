import { and, count, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { TeamMeasure } from '../../platform/teams/team-measures.ts';
import { visits } from './schema.ts';

/** Visits logged for each team in a calendar year (deleted ones not counted): the measure of teams' visit targets. */
export const visitsMeasure: TeamMeasure = {
  key: 'visits',
  label: 'visit.measure.visits',
  unit: 'count',
  progress: async (db, { teamIds, year }) => {
    const rows = await db
      .select({ teamId: visits.teamId, n: count() })
      .from(visits)
      .where(and(inArray(visits.teamId, [...teamIds]), gte(visits.visitedOn, `${year}-01-01`), lte(visits.visitedOn, `${year}-12-31`), isNull(visits.deletedAt)))
      .groupBy(visits.teamId);
    return new Map(rows.flatMap((row) => (row.teamId ? [[row.teamId, row.n] as const] : [])));
  },
};
