import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { attachments } from '../../../platform/attachments/schema.ts';
import type { DbOrTx, Tx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import type { EntryState } from '../competition-terms.ts';
import { competitionEntries, competitionRounds, competitionTracks, type CompetitionEntry } from '../schema.ts';
import { entryFileKinds } from './entry-attachments.ts';
import { entryNumber } from './entry-problems.ts';
import type { EntryDetail } from './entry-schemas.ts';

/** The next registration number of an edition's year, from the numbers' sequence (never given twice). */
export async function nextEntryNumber(tx: Tx, year: number): Promise<string> {
  const [{ sequence }] = (await tx.execute<{ sequence: string }>(sql`SELECT nextval('competition_entry_number_seq') AS sequence`)).rows as [{ sequence: string }];
  return entryNumber(year, Number(sequence));
}

/** The states in which an entry holds a place in its round. */
export const placeHolding: EntryState[] = ['submitted', 'eligible'];

/** The entry, locked for a write when asked; 404 when there is none, or when `entrantUserId` is given and it is another's. */
export async function findEntry(db: DbOrTx, id: string, options: { lock?: boolean; entrantUserId?: string } = {}): Promise<CompetitionEntry> {
  const mine = options.entrantUserId ? eq(competitionEntries.entrantUserId, options.entrantUserId) : undefined;
  const query = db.select().from(competitionEntries).where(and(eq(competitionEntries.id, id), mine));
  const [entry] = options.lock ? await query.for('update') : await query;
  if (!entry) throw notFound();
  return entry;
}

/** Why the entry is ineligible, in the reader's language. */
export const reasonsOf = (entry: Pick<CompetitionEntry, 'ineligibleReasons'>, locale: Locale) =>
  entry.ineligibleReasons.map((reason) => translate(locale, reason.message, reason.params));

/** The entry's live files, the business plan first. */
export async function entryFiles(db: DbOrTx, entryId: string) {
  const kinds = Object.values(entryFileKinds).map((kind) => kind.kind);
  const rows = await db
    .select({ id: attachments.id, kind: attachments.recordKind, fileName: attachments.fileName, mediaType: attachments.mediaType, size: attachments.size, createdAt: attachments.createdAt })
    .from(attachments)
    .where(and(inArray(attachments.recordKind, kinds), eq(attachments.recordId, entryId), isNull(attachments.deletedAt)));
  return rows.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.createdAt.getTime() - b.createdAt.getTime());
}

/** An entry as the organisers and staff read it, with its files and what the caller may do with it. */
export async function readEntryDetail(db: DbOrTx, id: string, mayManage: boolean, locale: Locale): Promise<EntryDetail> {
  const [row] = await db
    .select({ entry: competitionEntries, trackName: competitionTracks.name, roundName: competitionRounds.name })
    .from(competitionEntries)
    .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionEntries.roundId))
    .where(eq(competitionEntries.id, id));
  if (!row) throw notFound();
  const { entry } = row;
  const actions = !mayManage || entry.state === 'withdrawn' ? [] : entry.state === 'ineligible' ? (['markEligible'] as const) : (['markIneligible'] as const);
  return {
    ...entrySummaryOf(entry, row.trackName),
    editionId: entry.editionId,
    roundId: entry.roundId,
    roundName: row.roundName,
    financingWan: entry.financingWan,
    teamSize: entry.teamSize,
    teamSummary: entry.teamSummary,
    summary: entry.summary,
    contactName: entry.contactName,
    contactPhone: entry.contactPhone,
    contactEmail: entry.contactEmail,
    reasons: reasonsOf(entry, locale),
    files: await entryFiles(db, entry.id),
    actions: [...actions],
  };
}

export function entrySummaryOf(entry: CompetitionEntry, trackName: string) {
  return {
    id: entry.id,
    number: entry.number,
    projectName: entry.projectName,
    organisationName: entry.organisationName,
    enterpriseId: entry.enterpriseId,
    trackId: entry.trackId,
    trackName,
    stage: entry.stage,
    financing: entry.financing,
    source: entry.source,
    state: entry.state,
    createdAt: entry.createdAt,
  };
}
