import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { chinaDayOf } from '../../../platform/calendar/china-day.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { inRunningOrder } from '../competition-records.ts';
import { competitionEditions, competitionEntries, competitionPhaseResults, competitionPhases, competitionRounds, competitionTracks } from '../schema.ts';
import { withdrawalOpen } from './entry-problems.ts';
import { reasonsOf } from './entry-records.ts';
import type { MyEntry } from './entry-schemas.ts';

/**
 * The entrant's own entries, latest first (one when `entryId` names it), with their round's phases, the results of
 * the closed ones and whether they may still withdraw; another's entry is simply not among them.
 */
export async function listMyEntries(db: DbOrTx, entrantUserId: string, locale: Locale, entryId?: string, now = new Date()): Promise<MyEntry[]> {
  const rows = await db
    .select({ entry: competitionEntries, round: competitionRounds, editionName: competitionEditions.name, trackName: competitionTracks.name })
    .from(competitionEntries)
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionEntries.roundId))
    .innerJoin(competitionEditions, eq(competitionEditions.id, competitionEntries.editionId))
    .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
    .where(and(eq(competitionEntries.entrantUserId, entrantUserId), entryId ? eq(competitionEntries.id, entryId) : undefined))
    .orderBy(desc(competitionEntries.createdAt));
  const roundIds = [...new Set(rows.map((row) => row.round.id))];
  const phases = roundIds.length ? await db.select().from(competitionPhases).where(inArray(competitionPhases.roundId, roundIds)) : [];
  const results = rows.length
    ? await db
        .select({ entryId: competitionPhaseResults.entryId, phaseId: competitionPhaseResults.phaseId, rank: competitionPhaseResults.rank, advanced: competitionPhaseResults.advanced })
        .from(competitionPhaseResults)
        .innerJoin(competitionPhases, eq(competitionPhases.id, competitionPhaseResults.phaseId))
        .where(and(inArray(competitionPhaseResults.entryId, rows.map((row) => row.entry.id)), isNotNull(competitionPhases.closedAt)))
    : [];
  const today = chinaDayOf(now);
  return rows.map(({ entry, round, editionName, trackName }) => {
    const ofRound = inRunningOrder(phases.filter((phase) => phase.roundId === round.id));
    return {
      id: entry.id,
      number: entry.number,
      projectName: entry.projectName,
      organisationName: entry.organisationName,
      editionName,
      trackName,
      round: { id: round.id, name: round.name, city: round.city, heldOn: round.heldOn },
      phases: ofRound.map((phase) => ({ id: phase.id, kind: phase.kind, opensOn: phase.opensOn, closesOn: phase.closesOn })),
      state: entry.state,
      reasons: reasonsOf(entry, locale),
      createdAt: entry.createdAt,
      actions: withdrawalOpen(entry, round, ofRound[0], today) ? ['withdraw'] : [],
      // Rank and advancement of each closed phase, in the order the phases run; the values behind them stay the organisers'.
      results: ofRound.flatMap((phase) => results.filter((result) => result.entryId === entry.id && result.phaseId === phase.id).map(({ phaseId, rank, advanced }) => ({ phaseId, phaseKind: phase.kind, rank, advanced }))),
    };
  });
}
