import { and, count, eq, gte, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { TeamMeasure } from '../../platform/teams/team-measures.ts';
import { talentRecords } from './schema.ts';
import { talentScopeOf, visibleTalent, type TalentUser } from './talent-policy.ts';
import { talentStages, type TalentStage } from './talent-stages.ts';

/** The Beijing calendar year's first and last days. */
const yearDays = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** Records in each stage now, every stage answered (0 for none), of those the condition keeps. */
export async function talentStageCounts(db: DbOrTx, where?: SQL): Promise<Record<TalentStage, number>> {
  const rows = await db.select({ stage: talentRecords.stage, n: count() }).from(talentRecords).where(where).groupBy(talentRecords.stage);
  const counts = Object.fromEntries(talentStages.map((stage) => [stage, 0])) as Record<TalentStage, number>;
  for (const row of rows) counts[row.stage] = row.n;
  return counts;
}

/**
 * Records landed (落地) on a day from `from` to `to` (China days, both included), of those the condition keeps: the
 * figure reports count. A record lands once and never moves on, so each counts once, in the year of its landing.
 */
export async function countLandedTalent(db: DbOrTx, period: { from: string; to: string }, where?: SQL): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(talentRecords)
    .where(and(eq(talentRecords.stage, 'landed'), gte(talentRecords.landedOn, period.from), lte(talentRecords.landedOn, period.to), where));
  return row!.n;
}

/** The figures of the records the user sees: each stage now, and those landed in the year (this one by default). */
export async function readTalentFigures(db: DbOrTx, user: TalentUser, year: number = Number(chinaToday().slice(0, 4))) {
  const where = visibleTalent(await talentScopeOf(db, user));
  const [stages, landed] = await Promise.all([talentStageCounts(db, where), countLandedTalent(db, yearDays(year), where)]);
  return { year, stages, landed };
}

/** Talent landed in a year, per keeping team: a measure teams' yearly targets may be set on. */
export const landedTalentMeasure: TeamMeasure = {
  key: 'landedTalent',
  label: 'talent.measure.landed',
  unit: 'count',
  async progress(db, { teamIds, year }) {
    const { from, to } = yearDays(year);
    const rows = teamIds.length
      ? await db
          .select({ teamId: talentRecords.teamId, n: count() })
          .from(talentRecords)
          .where(and(eq(talentRecords.stage, 'landed'), isNotNull(talentRecords.teamId), inArray(talentRecords.teamId, [...teamIds]), gte(talentRecords.landedOn, from), lte(talentRecords.landedOn, to)))
          .groupBy(talentRecords.teamId)
      : [];
    const progress = new Map(teamIds.map((id) => [id, 0]));
    for (const row of rows) progress.set(row.teamId!, row.n);
    return progress;
  },
};
