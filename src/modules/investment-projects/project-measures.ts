import { and, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { TeamMeasure } from '../../platform/teams/team-measures.ts';
import { countedAmountWan, signedByMonth, sumMonths, type MonthFigures } from './counting-rules.ts';
import { amountVerified, firstSignedOn } from './project-records.ts';
import { projects } from './schema.ts';

/** Each team's projects first signed in the year, by the counting rules (each once; an increase by its increment). */
async function signedInYear(db: DbOrTx, teamIds: readonly string[], year: number): Promise<Map<string, Omit<MonthFigures, 'month'>>> {
  const first = sql<string>`${firstSignedOn}`;
  const rows = await db
    .select({ teamId: projects.teamId, kind: projects.kind, agreedAmountWan: projects.agreedAmountWan, baseAmountWan: projects.baseAmountWan, firstSignedOn, verified: amountVerified })
    .from(projects)
    .where(and(inArray(projects.teamId, [...teamIds]), isNotNull(projects.agreedAmountWan), gte(first, `${year}-01-01`), lte(first, `${year}-12-31`)));
  const byTeam = new Map<string, Omit<MonthFigures, 'month'>>();
  for (const teamId of teamIds) {
    const months = signedByMonth(
      rows.filter((row) => row.teamId === teamId).map((row) => ({ firstSignedOn: row.firstSignedOn, countedWan: countedAmountWan(row), verification: row.verified ? 'verified' : 'unverified' })),
    );
    byTeam.set(teamId, sumMonths(months));
  }
  return byTeam;
}

/** Projects signed in the year, each counted once: teams' yearly project targets. */
export const signedProjectsMeasure: TeamMeasure = {
  key: 'signedProjects',
  label: 'project.measure.signedProjects',
  unit: 'count',
  progress: async (db, { teamIds, year }) => new Map([...(await signedInYear(db, teamIds, year))].map(([teamId, figures]) => [teamId, figures.signed])),
};

/** The amount those projects count (an increase only by its increment): teams' yearly signed-amount targets. */
export const signedAmountMeasure: TeamMeasure = {
  key: 'signedAmountWan',
  label: 'project.measure.signedAmountWan',
  unit: 'wan',
  progress: async (db, { teamIds, year }) => new Map([...(await signedInYear(db, teamIds, year))].map(([teamId, figures]) => [teamId, figures.amountWan])),
};
