import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { competitionEditions, competitionEntries, competitionRounds, competitionTracks } from '../schema.ts';
import { placeHolding } from './entry-records.ts';
import type { openEditionSchema } from './entry-schemas.ts';
import type { z } from 'zod';

/** The editions taking entries, with their tracks and their open regional rounds, for the public form; nothing else of them. */
export async function listOpenEditions(db: DbOrTx): Promise<z.output<typeof openEditionSchema>[]> {
  const editions = await db.select().from(competitionEditions).where(eq(competitionEditions.state, 'open')).orderBy(asc(competitionEditions.year), asc(competitionEditions.name));
  if (editions.length === 0) return [];
  const ids = editions.map((edition) => edition.id);
  const [tracks, rounds] = await Promise.all([
    db.select().from(competitionTracks).where(inArray(competitionTracks.editionId, ids)).orderBy(asc(competitionTracks.createdAt), asc(competitionTracks.id)),
    db
      .select()
      .from(competitionRounds)
      .where(and(inArray(competitionRounds.editionId, ids), eq(competitionRounds.state, 'open'), eq(competitionRounds.kind, 'regional')))
      .orderBy(asc(competitionRounds.heldOn), asc(competitionRounds.name)),
  ]);
  const taken = rounds.length
    ? await db
        .select({ roundId: competitionEntries.roundId, count: count() })
        .from(competitionEntries)
        .where(and(inArray(competitionEntries.roundId, rounds.map((round) => round.id)), inArray(competitionEntries.state, placeHolding)))
        .groupBy(competitionEntries.roundId)
    : [];
  const takenIn = new Map(taken.map((row) => [row.roundId, row.count]));
  return editions.map((edition) => ({
    id: edition.id,
    name: edition.name,
    year: edition.year,
    tracks: tracks.filter((track) => track.editionId === edition.id).map((track) => ({ id: track.id, name: track.name })),
    rounds: rounds
      .filter((round) => round.editionId === edition.id)
      .map((round) => ({ id: round.id, name: round.name, city: round.city, venue: round.venue, heldOn: round.heldOn, full: (takenIn.get(round.id) ?? 0) >= round.capacity })),
  }));
}
