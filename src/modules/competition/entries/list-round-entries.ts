import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../platform/db/connection.ts';
import { escapeLike } from '../../../platform/db/escape-like.ts';
import { findRoundOf } from '../competition-records.ts';
import { landingSupportKindsOf } from '../landing/landing-support.ts';
import { competitionEntries, competitionTracks } from '../schema.ts';
import { entrySummaryOf } from './entry-records.ts';
import type { RoundEntryQuery } from './entry-schemas.ts';

/** The round's entries matching the filters (track, state, source, and text within the number, project and organisation). */
export function roundEntryFilter(roundId: string, query: Omit<RoundEntryQuery, 'page' | 'pageSize'>): SQL | undefined {
  const pattern = query.q ? `%${escapeLike(query.q)}%` : null;
  return and(
    eq(competitionEntries.roundId, roundId),
    query.trackId ? eq(competitionEntries.trackId, query.trackId) : undefined,
    query.state ? eq(competitionEntries.state, query.state) : undefined,
    query.source ? eq(competitionEntries.source, query.source) : undefined,
    pattern
      ? or(ilike(competitionEntries.number, pattern), ilike(competitionEntries.projectName, pattern), ilike(competitionEntries.organisationName, pattern))
      : undefined,
  );
}

/** The round's entries with their track, in the order they were registered (by number). */
export const selectRoundEntries = (db: DbOrTx, where: SQL | undefined) =>
  db
    .select({ entry: competitionEntries, trackName: competitionTracks.name })
    .from(competitionEntries)
    .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
    .where(where)
    .orderBy(asc(competitionEntries.number))
    .$dynamic();

/** A page of a round of the edition's entries with the landing support each was given (404 for a round of another edition). */
export async function listRoundEntries(db: Db, editionId: string, roundId: string, query: RoundEntryQuery) {
  await findRoundOf(db, editionId, roundId);
  const where = roundEntryFilter(roundId, query);
  const [rows, [total]] = await Promise.all([
    selectRoundEntries(db, where)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(competitionEntries).where(where),
  ]);
  const support = await landingSupportKindsOf(db, rows.map((row) => row.entry.id));
  return {
    items: rows.map((row) => ({ ...entrySummaryOf(row.entry, row.trackName), landingSupport: support.get(row.entry.id)! })),
    total: total!.n,
    page: query.page,
    pageSize: query.pageSize,
  };
}
