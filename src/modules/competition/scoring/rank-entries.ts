/** An entry to rank: its aggregated value (null when nobody scored it) and its registration reference. */
export interface EntryToRank {
  entryId: string;
  /** The entry's registration number (e.g. LB6-SZ-012), which lists tied entries in registration order. */
  reference: string;
  value: number | null;
}

export interface RankedEntry extends EntryToRank {
  value: number;
  /** Competition ranking: equal values share a rank and the next rank skips as many (1, 2, 2, 4). */
  rank: number;
  /** Whether another entry shares the rank. */
  tied: boolean;
}

export interface Ranking {
  /** Highest value first; tied entries by reference, then by id. */
  ranked: RankedEntry[];
  /** The entries nobody scored, by reference: no rank, and they never advance. */
  unranked: EntryToRank[];
}

/**
 * Values are compared at this many decimals: sums of scores in floating point differ from the same sum in another
 * order by about 1e-14, far below the 0.01 a score sheet can move a value, and such entries are tied.
 */
export const rankingDecimals = 6;

const comparable = (value: number) => Math.round(value * 10 ** rankingDecimals);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks the scored entries, ties sharing a rank, and sets the unscored apart. */
export function rankEntries(entries: readonly EntryToRank[]): Ranking {
  const byReference = (a: EntryToRank, b: EntryToRank) => byText(a.reference, b.reference) || byText(a.entryId, b.entryId);
  const scored = entries.flatMap((entry) => (entry.value === null ? [] : [{ ...entry, value: entry.value }]));
  const ordered = scored.sort((a, b) => comparable(b.value) - comparable(a.value) || byReference(a, b));
  const sharing = new Map<number, number>();
  for (const { value } of ordered) sharing.set(comparable(value), (sharing.get(comparable(value)) ?? 0) + 1);
  let rank = 0;
  const ranked = ordered.map((entry, index): RankedEntry => {
    if (index === 0 || comparable(entry.value) !== comparable(ordered[index - 1]!.value)) rank = index + 1;
    return { ...entry, rank, tied: sharing.get(comparable(entry.value))! > 1 };
  });
  const unranked = entries.filter((entry) => entry.value === null).sort(byReference);
  return { ranked, unranked };
}

/** Who advances: the first N places, or every entry whose value reaches a score. */
export type AdvancementRule = { topN: number } | { minScore: number };

export interface Advancement {
  /** In ranking order. */
  advancing: RankedEntry[];
  /** The ranked entries left behind, in ranking order (the unranked never advance: see `Ranking.unranked`). */
  notAdvancing: RankedEntry[];
  /**
   * With `topN`, entries tied on the last place that advances all advance, even past N: a tie is not broken by
   * anything the judges did not say. This names them and how many places past N they take, for the organisers to
   * see before they publish (and to settle, by a further round, when the next phase has no room). Null otherwise:
   * a tie never straddles a score threshold.
   */
  tieAtCut: { rank: number; entryIds: string[]; beyondTopN: number } | null;
}

/** The advancement of a ranking by the rule (a score is compared as the ranking compares values). */
export function advance(ranking: Ranking, rule: AdvancementRule): Advancement {
  if ('topN' in rule) {
    if (!(Number.isInteger(rule.topN) && rule.topN > 0)) throw new RangeError(`top ${rule.topN} is not a positive whole number of places`);
    const advancing = ranking.ranked.filter((entry) => entry.rank <= rule.topN);
    const notAdvancing = ranking.ranked.filter((entry) => entry.rank > rule.topN);
    const lastRank = advancing.at(-1)?.rank;
    const tieAtCut =
      advancing.length > rule.topN
        ? { rank: lastRank!, entryIds: advancing.filter((entry) => entry.rank === lastRank).map((entry) => entry.entryId), beyondTopN: advancing.length - rule.topN }
        : null;
    return { advancing, notAdvancing, tieAtCut };
  }
  if (!Number.isFinite(rule.minScore)) throw new RangeError(`the score ${rule.minScore} is not a number`);
  const reaches = (entry: RankedEntry) => comparable(entry.value) >= comparable(rule.minScore);
  return { advancing: ranking.ranked.filter(reaches), notAdvancing: ranking.ranked.filter((entry) => !reaches(entry)), tieAtCut: null };
}
