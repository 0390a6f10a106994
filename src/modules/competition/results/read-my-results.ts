import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { competitionEntries, competitionPhaseResults, competitionPhases, competitionRounds } from '../schema.ts';
import type { MyResults } from './results-schemas.ts';

/** The results of the user's own entries in closed phases: rank and whether it advanced, never a score, never another entry's. */
export async function readMyResults(db: DbOrTx, userId: string): Promise<MyResults> {
  const items = await db
    .select({
      entryId: competitionEntries.id,
      number: competitionEntries.number,
      projectName: competitionEntries.projectName,
      roundName: competitionRounds.name,
      phaseKind: competitionPhases.kind,
      rank: competitionPhaseResults.rank,
      advanced: competitionPhaseResults.advanced,
      closedAt: competitionPhases.closedAt,
    })
    .from(competitionEntries)
    .innerJoin(competitionPhaseResults, eq(competitionPhaseResults.entryId, competitionEntries.id))
    .innerJoin(competitionPhases, eq(competitionPhases.id, competitionPhaseResults.phaseId))
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionEntries.roundId))
    .where(and(eq(competitionEntries.entrantUserId, userId), isNotNull(competitionPhases.closedAt)))
    .orderBy(asc(competitionEntries.number), asc(competitionPhases.closedAt));
  return { items: items.map((item) => ({ ...item, closedAt: item.closedAt! })) };
}
