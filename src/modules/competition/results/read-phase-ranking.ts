import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { advancementOf } from '../competition-records.ts';
import { findPhaseOf } from '../judging/judge-records.ts';
import { competitionPhaseResults, type CompetitionPhase } from '../schema.ts';
import type { AggregationMethod, EntryAggregate } from '../scoring/aggregate-scores.ts';
import { advance, rankEntries } from '../scoring/rank-entries.ts';
import { advancementRuleOf, entriesWithResultsOf, judgeNamesOf, rankPhase, type PhaseEntry } from './phase-ranking.ts';
import type { PhaseRankingView, RankedEntryView } from './results-schemas.ts';

interface EntryResult {
  aggregate: Omit<EntryAggregate, 'entryId'>;
  rank: number | null;
  tied: boolean;
  advanced: boolean | null;
}

function entryViews(entries: readonly PhaseEntry[], results: Map<string, EntryResult>): RankedEntryView[] {
  const views = entries.map((entry): RankedEntryView => {
    const { aggregate, rank, tied, advanced } = results.get(entry.id)!;
    const { id, ...names } = entry;
    return { entryId: id, ...names, ...aggregate, rank, tied, advanced };
  });
  return views.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

/**
 * A phase's ranking: while it is open, a live preview from the scores as they stand, by the method asked (the
 * phase's own by default); once closed, the results as stored on closing (later scores change nothing). Each entry
 * with its value, rank, ties, every judge's raw and normalised score, the abstentions and the arithmetic.
 */
export async function readPhaseRanking(
  db: DbOrTx,
  ids: { editionId: string; roundId: string; phaseId: string },
  preview: AggregationMethod | undefined,
  mayManage: boolean,
): Promise<PhaseRankingView> {
  const { round, phase } = await findPhaseOf(db, ids.editionId, ids.roundId, ids.phaseId);
  const method = phase.closedAt ? phase.aggregation : (preview ?? phase.aggregation);
  const { entries, results, tieAtCut } = phase.closedAt ? await storedResults(db, phase) : await liveResults(db, phase, method);
  const names = await judgeNamesOf(db, phase.id);
  const open = mayManage && phase.closedAt === null;
  const mayPublish = mayManage && phase.closedAt !== null && phase.noticePublishedAt === null && advancementRuleOf(phase) !== null;
  return {
    phaseId: phase.id,
    kind: phase.kind,
    roundId: round.id,
    roundName: round.name,
    roundState: round.state,
    method,
    advancement: advancementOf(phase),
    closedAt: phase.closedAt,
    noticePublishedAt: phase.noticePublishedAt,
    noticeEndsOn: phase.noticeEndsOn,
    judges: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    entries: entryViews(entries, results),
    tieAtCut,
    actions: [...(open ? (['close'] as const) : []), ...(mayPublish ? (['publishNotice'] as const) : [])],
  };
}

async function liveResults(db: DbOrTx, phase: CompetitionPhase, method: AggregationMethod) {
  const { entries, aggregates, ranking, advancement } = await rankPhase(db, phase, method);
  const ranked = new Map(ranking.ranked.map((entry) => [entry.entryId, entry]));
  const advancing = new Set(advancement?.advancing.map((entry) => entry.entryId));
  const results = new Map(
    aggregates.map(({ entryId, ...aggregate }): [string, EntryResult] => {
      const place = ranked.get(entryId);
      return [entryId, { aggregate, rank: place?.rank ?? null, tied: place?.tied ?? false, advanced: advancement ? advancing.has(entryId) : null }];
    }),
  );
  return { entries, results, tieAtCut: advancement?.tieAtCut ?? null };
}

/** The stored results, the tie at the cut read again from their values by the same rule. */
async function storedResults(db: DbOrTx, phase: CompetitionPhase) {
  const stored = await db.select().from(competitionPhaseResults).where(eq(competitionPhaseResults.phaseId, phase.id));
  const byEntry = new Map(stored.map((result) => [result.entryId, result]));
  const entries = await entriesWithResultsOf(db, phase.id);
  const ranking = rankEntries(entries.map((entry) => ({ entryId: entry.id, reference: entry.number, value: byEntry.get(entry.id)!.value })));
  const tied = new Set(ranking.ranked.filter((entry) => entry.tied).map((entry) => entry.entryId));
  const rule = advancementRuleOf(phase);
  const results = new Map(
    stored.map((result): [string, EntryResult] => [result.entryId, { aggregate: result.aggregate, rank: result.rank, tied: tied.has(result.entryId), advanced: rule ? result.advanced : null }]),
  );
  return { entries, results, tieAtCut: rule ? advance(ranking, rule).tieAtCut : null };
}
