import { conflictOfInterest, type DeclaredConflict, type EntryParty, type JudgeParty } from './conflicts-of-interest.ts';

export interface JudgeToAssign extends JudgeParty {
  /** The fields (tracks) of the judge's expertise. */
  fields: readonly string[];
}

export interface EntryToAssign extends EntryParty {
  /** The entry's field (track). */
  field: string;
}

export interface AssignmentInput {
  entries: readonly EntryToAssign[];
  judges: readonly JudgeToAssign[];
  declaredConflicts: readonly DeclaredConflict[];
  /** K: how many judges each entry should have. */
  judgesPerEntry: number;
}

export interface EntryAssignment {
  entryId: string;
  /** By id. */
  judgeIds: string[];
  /** Those of `judgeIds` whose expertise does not cover the entry's field, taken because too few experts were free of conflict. */
  outsideFieldJudgeIds: string[];
}

export interface JudgeAssignment {
  /** One per entry, by entry id. */
  assignments: EntryAssignment[];
  /** How many entries each judge has, by judge id. */
  loads: { judgeId: string; entries: number }[];
  /** The entries that got fewer than K judges, as fewer judges are free of conflict with them, and how many they lack. */
  shortfalls: { entryId: string; missing: number }[];
}

/**
 * Gives each entry K judges, in this order of priority:
 *   1. never a judge with a conflict of interest (`conflictOfInterest`: declared, or the same organisation);
 *   2. as many entries as many judges as possible: an entry gets K whenever K judges are free of conflict with it;
 *   3. experts first: an entry gets judges outside its field only when too few experts are free, and they are flagged;
 *   4. balanced loads: the judges' loads as even as 1–3 allow (differing by at most 1 wherever they can), the sum of
 *      their squares made least. Expertise comes before balance: the one expert of a crowded field carries more.
 * The same entries, judges and conflicts give the same assignment, in whatever order they are listed.
 *
 * As a judge takes any number of entries, no entry's judges limit another's: 2 and 3 are settled entry by entry, an
 * entry taking min(K, free experts) experts and min(K, free judges) − that many others, in every assignment that
 * keeps 2 and 3. What is left is balance: a minimum-cost flow (source → the entry's experts, and its others, that
 * many each → judge, 1 per pair free of conflict → sink, a judge's n-th entry costing n), whose cheapest flow has
 * the least sum of squared loads. `BalancedAssignment` solves it on the judges alone.
 */
export function assignJudges({ entries, judges, declaredConflicts, judgesPerEntry }: AssignmentInput): JudgeAssignment {
  if (!(Number.isInteger(judgesPerEntry) && judgesPerEntry > 0)) throw new RangeError(`${judgesPerEntry} judges per entry is not a positive whole number`);
  const sortedEntries = sortedById(entries, (entry) => entry.entryId);
  const sortedJudges = sortedById(judges, (judge) => judge.judgeId);
  const conflictOf = conflictOfInterest(declaredConflicts);

  const pairs = new BalancedAssignment(sortedEntries.length, sortedJudges.length);
  sortedEntries.forEach((entry, e) => {
    const free = { [expert]: 0, [outsider]: 0 };
    sortedJudges.forEach((judge, j) => {
      if (conflictOf(judge, entry) !== null) return;
      const standing = judge.fields.includes(entry.field) ? expert : outsider;
      pairs.allow(e, j, standing);
      free[standing] += 1;
    });
    const experts = Math.min(judgesPerEntry, free[expert]);
    const outsiders = Math.min(judgesPerEntry, free[expert] + free[outsider]) - experts;
    for (let given = 0; given < experts; given++) pairs.giveOne(e, expert);
    for (let given = 0; given < outsiders; given++) pairs.giveOne(e, outsider);
  });

  const assignments = sortedEntries.map((entry, e): EntryAssignment => {
    const own = pairs.judgesOf(e).map((j) => sortedJudges[j]!);
    return {
      entryId: entry.entryId,
      judgeIds: own.map((judge) => judge.judgeId),
      outsideFieldJudgeIds: own.filter((judge) => !judge.fields.includes(entry.field)).map((judge) => judge.judgeId),
    };
  });
  return {
    assignments,
    loads: sortedJudges.map((judge, j) => ({ judgeId: judge.judgeId, entries: pairs.loadOf(j) })),
    shortfalls: assignments
      .filter(({ judgeIds }) => judgeIds.length < judgesPerEntry)
      .map(({ entryId, judgeIds }) => ({ entryId, missing: judgesPerEntry - judgeIds.length })),
  };
}

function sortedById<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  sorted.forEach((item, index) => {
    if (index > 0 && idOf(item) === idOf(sorted[index - 1]!)) throw new Error(`${idOf(item)} is listed twice`);
  });
  return sorted;
}

/** A pair's standing: the judge knows the entry's field, does not, or has a conflict with it. */
const expert = 0;
const outsider = 1;
const conflicted = 2;
type Standing = typeof expert | typeof outsider;

/**
 * Entries' judges with the loads kept as even as they can be, given one at a time (`giveOne`).
 *
 * Why it is exact: it is successive cheapest paths, and a flow of least cost for its size, sent one more unit along
 * a cheapest path, is of least cost for its new size (the theorem behind that method), whatever order the entries ask
 * in. Pairs cost nothing, only the sink's edges do, so a path costs the load + 1 of the judge that ends up with one
 * more entry: the cheapest path leads to the least loaded judge the entry can reach. It reaches a judge directly (one
 * of the standing asked, free of conflict, not yet its judge), or through swaps: it takes judge a, while another entry
 * holding a gives a up for b, of the same standing for that entry and not yet its judge, and so on (never of another
 * standing, which would change how many experts the entry has).
 *
 * Why it is fast: the swaps are searched among judges only. `swaps[a × judges + b]` counts the entries that could
 * give a up for b, kept up to date in O(judges) per change, and `canSwap` holds which counts are above 0 as bits, so
 * that one search reads judges² / 32 words instead of walking every pair, and stops at the first judge as little
 * loaded as any. 1000 entries × 40 judges × 5 is 5,000 searches over 40 judges, not 5,000 over the 80,000 edges of
 * the whole network.
 */
class BalancedAssignment {
  /** By entry × judges + judge: the pair's standing. */
  private readonly standing: Uint8Array;
  /** By entry × judges + judge: 1 when the judge is the entry's. */
  private readonly chosen: Uint8Array;
  private readonly loads: Int32Array;
  /** By a × judges + b: how many entries hold judge a and could take b of the same standing instead. */
  private readonly swaps: Int32Array;
  /** By a × words + b ÷ 32: bit b mod 32 set while `swaps[a × judges + b]` is above 0, so a search reads 32 at once. */
  private readonly canSwap: Uint32Array;
  private readonly words: number;
  /** By judge: the entries they judge, unordered; `slot` is where each pair stands in it. */
  private readonly holders: number[][];
  private readonly slot: Int32Array;
  /** The search's own, kept from one search to the next. */
  private readonly cameFrom: Int32Array;
  private readonly queue: Int32Array;
  private readonly reached: Uint32Array;

  constructor(
    entries: number,
    private readonly judges: number,
  ) {
    this.standing = new Uint8Array(entries * judges).fill(conflicted);
    this.chosen = new Uint8Array(entries * judges);
    this.loads = new Int32Array(judges);
    this.swaps = new Int32Array(judges * judges);
    this.words = Math.ceil(judges / 32);
    this.canSwap = new Uint32Array(judges * this.words);
    this.holders = Array.from({ length: judges }, () => []);
    this.slot = new Int32Array(entries * judges);
    this.cameFrom = new Int32Array(judges);
    this.queue = new Int32Array(judges);
    this.reached = new Uint32Array(this.words);
  }

  allow(entry: number, judge: number, standing: Standing): void {
    this.standing[entry * this.judges + judge] = standing;
  }

  loadOf(judge: number): number {
    return this.loads[judge]!;
  }

  /** The entry's judges, in judge order. */
  judgesOf(entry: number): number[] {
    const own: number[] = [];
    for (let j = 0; j < this.judges; j++) if (this.chosen[entry * this.judges + j]) own.push(j);
    return own;
  }

  /** Gives the entry one more judge of that standing; the caller knows one is free. */
  giveOne(entry: number, standing: Standing): void {
    const { judges, words, cameFrom, queue, reached } = this;
    const row = entry * judges;
    // Breadth first from the judges the entry can take; `cameFrom[b]` is the judge whose holder swaps to b, -1 at
    // the start, for the judges `reached`. Judges are tried in order, so equal loads go the same way every time.
    reached.fill(0);
    let queued = 0;
    let least = Infinity;
    for (let j = 0; j < judges; j++) {
      least = Math.min(least, this.loads[j]!);
      if (this.standing[row + j] === standing && !this.chosen[row + j]) {
        cameFrom[j] = -1;
        reached[j >>> 5]! |= 1 << (j & 31);
        queue[queued++] = j;
      }
    }
    let best = queue[0]!;
    for (let next = 0; next < queued && this.loads[best]! > least; next++) {
      const a = queue[next]!;
      if (this.loads[a]! < this.loads[best]!) best = a;
      if (this.loads[best] === least) break;
      for (let word = 0; word < words; word++) {
        let fresh = this.canSwap[a * words + word]! & ~reached[word]!;
        reached[word]! |= fresh;
        // Lowest bit first: judges in order
        for (; fresh !== 0; fresh &= fresh - 1) {
          const b = word * 32 + 31 - Math.clz32(fresh & -fresh);
          cameFrom[b] = a;
          queue[queued++] = b;
        }
      }
    }
    // Swaps from the far end back: each leaves the judges before it on the path as they were, so the holder the
    // search counted is still there to swap.
    let b = best;
    for (; cameFrom[b] !== -1; b = cameFrom[b]!) {
      const a = cameFrom[b]!;
      const holder = this.holders[a]!.find((other) => this.standing[other * judges + b] === this.standing[other * judges + a] && !this.chosen[other * judges + b])!;
      this.drop(holder, a);
      this.take(holder, b);
    }
    this.take(entry, b);
  }

  private take(entry: number, judge: number): void {
    this.countSwaps(entry, judge, 1);
    this.chosen[entry * this.judges + judge] = 1;
    this.loads[judge]! += 1;
    this.slot[entry * this.judges + judge] = this.holders[judge]!.push(entry) - 1;
  }

  private drop(entry: number, judge: number): void {
    this.chosen[entry * this.judges + judge] = 0;
    this.countSwaps(entry, judge, -1);
    this.loads[judge]! -= 1;
    const holders = this.holders[judge]!;
    const at = this.slot[entry * this.judges + judge]!;
    const last = holders.pop()!;
    if (at < holders.length) {
      holders[at] = last;
      this.slot[last * this.judges + judge] = at;
    }
  }

  /** The swaps the entry's holding the judge opens (`sign` 1) or closes (-1), the judge itself not chosen. */
  private countSwaps(entry: number, judge: number, sign: 1 | -1): void {
    const row = entry * this.judges;
    const standing = this.standing[row + judge];
    for (let other = 0; other < this.judges; other++) {
      if (other === judge || this.standing[row + other] !== standing) continue;
      // Held, the other judge can no longer be swapped for this one; free, it can now be taken instead of it
      if (this.chosen[row + other]) this.changeSwaps(other, judge, -sign);
      else this.changeSwaps(judge, other, sign);
    }
  }

  private changeSwaps(from: number, to: number, by: number): void {
    const count = (this.swaps[from * this.judges + to]! += by);
    const at = from * this.words + (to >>> 5);
    if (count > 0) this.canSwap[at]! |= 1 << (to & 31);
    else this.canSwap[at]! &= ~(1 << (to & 31));
  }
}
