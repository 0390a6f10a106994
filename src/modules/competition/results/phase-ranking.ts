import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { entriesOfPhase } from '../judging/judge-records.ts';
import { competitionEntries, competitionJudges, competitionPhaseResults, competitionScores, competitionTracks, type CompetitionPhase } from '../schema.ts';
import { aggregateScores, type AggregationMethod, type EntryAggregate } from '../scoring/aggregate-scores.ts';
import { advance, rankEntries, type Advancement, type AdvancementRule, type Ranking } from '../scoring/rank-entries.ts';

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

export interface PhaseRanking {
  entries: PhaseEntry[];
  aggregates: EntryAggregate[];
  ranking: Ranking;
  /** Null for a phase without an advancement rule. */
  advancement: Advancement | null;
}

/** The phase's entries (those its judges judge) ranked from the scores as they stand, by the method, and who advances by the phase's rule. */
export async function rankPhase(db: DbOrTx, phase: CompetitionPhase, method: AggregationMethod): Promise<PhaseRanking> {
  // The entries the phase's judges judge, as the judging module chooses them.
  const entries = (await entriesOfPhase(db, phase)).map(({ entry, trackName }) => ({
    id: entry.id,
    number: entry.number,
    projectName: entry.projectName,
    organisationName: entry.organisationName,
    trackName,
  }));
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
