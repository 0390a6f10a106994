import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { industries } from '../reference/schema.ts';
import { phaseKinds, type PhaseKind } from './competition-terms.ts';
import {
  competitionEditions,
  competitionPhases,
  competitionPrizes,
  competitionRounds,
  competitionTracks,
  type CompetitionEdition,
  type CompetitionPhase,
  type CompetitionRound,
} from './schema.ts';
import type { EditionDetail, EditionSummary, PhaseView } from './schemas.ts';

// Qualified by hand: drizzle leaves columns unqualified in a one-table select, where "id" would be the subquery's own.
export const trackCount = sql<number>`(SELECT count(*)::int FROM ${competitionTracks} WHERE ${competitionTracks}.edition_id = ${competitionEditions}.id)`;
export const roundCount = sql<number>`(SELECT count(*)::int FROM ${competitionRounds} WHERE ${competitionRounds}.edition_id = ${competitionEditions}.id)`;

export function summaryOf(edition: CompetitionEdition, counts: { trackCount: number; roundCount: number }): EditionSummary {
  return {
    id: edition.id,
    name: edition.name,
    year: edition.year,
    state: edition.state,
    startsOn: edition.startsOn,
    endsOn: edition.endsOn,
    trackCount: counts.trackCount,
    roundCount: counts.roundCount,
    updatedAt: edition.updatedAt,
  };
}

/** The edition, locked for a write when asked; 404 when there is none. */
export async function findEdition(db: DbOrTx, id: string, options: { lock?: boolean } = {}): Promise<CompetitionEdition> {
  const query = db.select().from(competitionEditions).where(eq(competitionEditions.id, id));
  const [edition] = options.lock ? await query.for('update') : await query;
  if (!edition) throw notFound();
  return edition;
}

/** The edition, locked, that a write to one of its parts changes: 409 once it is closed. */
export async function findEditionToChange(db: DbOrTx, id: string): Promise<CompetitionEdition> {
  const edition = await findEdition(db, id, { lock: true });
  if (edition.state === 'closed') throw new AppError(409, 'competition.edition.closed');
  return edition;
}

/** A round of the edition; one of another edition answers 404 exactly like a missing one. */
export async function findRoundOf(db: DbOrTx, editionId: string, roundId: string): Promise<CompetitionRound> {
  const [round] = await db
    .select()
    .from(competitionRounds)
    .where(and(eq(competitionRounds.id, roundId), eq(competitionRounds.editionId, editionId)));
  if (!round) throw notFound();
  return round;
}

const phaseOrder = (kind: PhaseKind) => phaseKinds.indexOf(kind);

/** The phases in the order they run. */
export const inRunningOrder = <T extends { kind: PhaseKind }>(phases: readonly T[]): T[] => [...phases].sort((a, b) => phaseOrder(a.kind) - phaseOrder(b.kind));

export function advancementOf(phase: Pick<CompetitionPhase, 'advanceTopN' | 'advanceMinScore'>): PhaseView['advancement'] {
  if (phase.advanceTopN !== null) return { kind: 'topN', count: phase.advanceTopN };
  if (phase.advanceMinScore !== null) return { kind: 'minScore', score: phase.advanceMinScore };
  return null;
}

async function readIndustryNames(db: DbOrTx, codes: readonly string[], locale: Locale): Promise<Record<string, string>> {
  if (codes.length === 0) return {};
  const rows = await db.select({ code: industries.code, name: industries.name, nameEn: industries.nameEn }).from(industries).where(inArray(industries.code, [...codes]));
  return Object.fromEntries(rows.map((row) => [row.code, (locale === 'en' && row.nameEn) || row.name]));
}

/** The edition with its tracks, rounds and their phases, and prizes, with what a manager may do with each. */
export async function readEditionDetail(db: DbOrTx, id: string, mayManage: boolean, locale: Locale): Promise<EditionDetail> {
  const edition = await findEdition(db, id);
  const [tracks, rounds, prizes] = await Promise.all([
    db.select().from(competitionTracks).where(eq(competitionTracks.editionId, id)).orderBy(asc(competitionTracks.createdAt), asc(competitionTracks.id)),
    db.select().from(competitionRounds).where(eq(competitionRounds.editionId, id)).orderBy(asc(competitionRounds.heldOn), asc(competitionRounds.name)),
    db
      .select()
      .from(competitionPrizes)
      .where(eq(competitionPrizes.editionId, id))
      .orderBy(sql`${competitionPrizes.roundId} IS NOT NULL`, asc(competitionPrizes.roundId), asc(competitionPrizes.rankFrom), asc(competitionPrizes.name)),
  ]);
  const phases = rounds.length
    ? await db.select().from(competitionPhases).where(inArray(competitionPhases.roundId, rounds.map((round) => round.id)))
    : [];
  const open = mayManage && edition.state !== 'closed';
  const edit = open ? (['edit'] as const) : [];
  const withDelete = (deletable: boolean) => [...edit, ...(open && deletable ? (['delete'] as const) : [])];
  return {
    ...summaryOf(edition, { trackCount: tracks.length, roundCount: rounds.length }),
    description: edition.description,
    tracks: tracks.map((track) => ({ id: track.id, name: track.name, industryCodes: track.industryCodes, actions: withDelete(edition.state === 'draft') })),
    rounds: rounds.map((round) => ({
      id: round.id,
      name: round.name,
      kind: round.kind,
      city: round.city,
      venue: round.venue,
      heldOn: round.heldOn,
      capacity: round.capacity,
      state: round.state,
      phases: inRunningOrder(phases.filter((phase) => phase.roundId === round.id)).map((phase) => ({
        id: phase.id,
        kind: phase.kind,
        opensOn: phase.opensOn,
        closesOn: phase.closesOn,
        advancement: advancementOf(phase),
        rubric: phase.rubric,
        aggregation: phase.aggregation,
        judgesPerEntry: phase.judgesPerEntry,
        anonymised: phase.anonymised,
        closedAt: phase.closedAt,
        actions: withDelete(round.state === 'planned'),
      })),
      actions: withDelete(round.state === 'planned'),
    })),
    prizes: prizes.map((prize) => ({
      id: prize.id,
      roundId: prize.roundId,
      name: prize.name,
      rankFrom: prize.rankFrom,
      rankTo: prize.rankTo,
      amountWan: prize.amountWan,
      description: prize.description,
      actions: withDelete(true),
    })),
    industryNames: await readIndustryNames(db, [...new Set(tracks.flatMap((track) => track.industryCodes))], locale),
    actions: mayManage ? ['edit', ...(edition.state === 'draft' ? (['delete'] as const) : []), ...(open ? (['addParts'] as const) : [])] : [],
  };
}
