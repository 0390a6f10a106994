import { and, asc, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { findRoundOf, inRunningOrder } from '../competition-records.ts';
import type { EntryState } from '../competition-terms.ts';
import { competitionEntries, competitionJudges, competitionPhaseResults, competitionPhases, competitionScores, competitionTracks, type CompetitionPhase, type CompetitionRound } from '../schema.ts';
import { aggregateScores, type AggregationMethod, type EntryAggregate } from '../scoring/aggregate-scores.ts';
import { advance, rankEntries, type Advancement, type AdvancementRule, type Ranking } from '../scoring/rank-entries.ts';

/** Entries out of the competition: they are neither ranked nor offered as leads. */
export const entriesOutOfCompetition: EntryState[] = ['withdrawn', 'ineligible'];

/** The phase of the round of the edition, locked for a write when asked; another round's or edition's answers 404 like a missing one. */
export async function findPhaseOf(
  db: DbOrTx,
  ids: { editionId: string; roundId: string; phaseId: string },
  options: { lock?: boolean } = {},
): Promise<{ round: CompetitionRound; phase: CompetitionPhase }> {
  const round = await findRoundOf(db, ids.editionId, ids.roundId);
  const query = db
    .select()
    .from(competitionPhases)
    .where(and(eq(competitionPhases.id, ids.phaseId), eq(competitionPhases.roundId, round.id)));
  const [phase] = options.lock ? await query.for('update') : await query;
  if (!phase) throw notFound();
  return { round, phase };
}

/** The advancement rule of a phase, null for one that ends in the prizes. */
export function advancementRuleOf(phase: CompetitionPhase): AdvancementRule | null {
  if (phase.advanceTopN !== null) return { topN: phase.advanceTopN };
  if (phase.advanceMinScore !== null) return { minScore: phase.advanceMinScore };
  return null;
}

export interface PhaseEntry {
  id: string;
  number: string;
  projectName: string;
  organisationName: string;
  trackName: string;
}

const phaseEntryColumns = {
  id: competitionEntries.id,
  number: competitionEntries.number,
  projectName: competitionEntries.projectName,
  organisationName: competitionEntries.organisationName,
  trackName: competitionTracks.name,
};

/** The entries a closed phase has results of, whatever became of them since. */
export async function entriesWithResultsOf(db: DbOrTx, phaseId: string): Promise<PhaseEntry[]> {
  return db
    .select(phaseEntryColumns)
    .from(competitionPhaseResults)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionPhaseResults.entryId))
    .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
    .where(eq(competitionPhaseResults.phaseId, phaseId))
    .orderBy(asc(competitionEntries.number));
}

/**
 * The entries a phase ranks: the round's entries still in the competition, and of those, when an earlier phase of
 * the round is closed, only the ones that went on from the latest closed one.
 */
export async function phaseEntries(db: DbOrTx, round: CompetitionRound, phase: CompetitionPhase): Promise<PhaseEntry[]> {
  const phases = inRunningOrder(await db.select().from(competitionPhases).where(eq(competitionPhases.roundId, round.id)));
  const earlier = phases.slice(0, phases.findIndex((candidate) => candidate.id === phase.id)).filter((candidate) => candidate.closedAt !== null);
  const from = earlier.at(-1);
  const advancedFrom = from
    ? db
        .select({ id: competitionPhaseResults.entryId })
        .from(competitionPhaseResults)
        .where(and(eq(competitionPhaseResults.phaseId, from.id), eq(competitionPhaseResults.advanced, true)))
    : undefined;
  return db
    .select(phaseEntryColumns)
    .from(competitionEntries)
    .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
    .where(
      and(
        eq(competitionEntries.roundId, round.id),
        notInArray(competitionEntries.state, entriesOutOfCompetition),
        advancedFrom ? inArray(competitionEntries.id, advancedFrom) : undefined,
      ),
    )
    .orderBy(asc(competitionEntries.number));
}

export interface PhaseRanking {
  entries: PhaseEntry[];
  aggregates: EntryAggregate[];
  ranking: Ranking;
  /** Null for a phase without an advancement rule. */
  advancement: Advancement | null;
}

/** The phase's entries ranked from the scores as they stand, by the method, and who advances by the phase's rule. */
export async function rankPhase(db: DbOrTx, round: CompetitionRound, phase: CompetitionPhase, method: AggregationMethod): Promise<PhaseRanking> {
  const entries = await phaseEntries(db, round, phase);
  const entryIds = entries.map((entry) => entry.id);
  const rows = entryIds.length
    ? await db
        .select({ entryId: competitionScores.entryId, judgeId: competitionScores.judgeId, abstained: competitionScores.abstained, total: competitionScores.total })
        .from(competitionScores)
        .where(and(eq(competitionScores.phaseId, phase.id), inArray(competitionScores.entryId, entryIds)))
    : [];
  const aggregates = aggregateScores({
    entryIds,
    scores: rows.map((row) => ({ entryId: row.entryId, judgeId: row.judgeId, score: row.abstained ? 'abstained' : row.total! })),
    method,
  });
  const numbers = new Map(entries.map((entry) => [entry.id, entry.number]));
  const ranking = rankEntries(aggregates.map((aggregate) => ({ entryId: aggregate.entryId, reference: numbers.get(aggregate.entryId)!, value: aggregate.value })));
  const rule = advancementRuleOf(phase);
  return { entries, aggregates, ranking, advancement: rule ? advance(ranking, rule) : null };
}

/** The names of the judges who scored in the phase, by id. */
export async function judgeNamesOf(db: DbOrTx, phaseId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinct({ id: competitionJudges.id, name: users.displayName })
    .from(competitionScores)
    .innerJoin(competitionJudges, eq(competitionJudges.id, competitionScores.judgeId))
    .innerJoin(users, eq(users.id, competitionJudges.userId))
    .where(and(eq(competitionScores.phaseId, phaseId), isNotNull(competitionScores.judgeId)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
