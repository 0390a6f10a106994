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
 * This is a minimum-cost flow (source → entry, K each → judge, 1 per pair free of conflict → sink), solved by
 * successive cheapest paths: a pair outside the field costs more than any balance can save, and a judge's n-th entry
 * costs n, so that the cheapest flow of the most judges is the balanced one with the most experts.
 */
export function assignJudges({ entries, judges, declaredConflicts, judgesPerEntry }: AssignmentInput): JudgeAssignment {
  if (!(Number.isInteger(judgesPerEntry) && judgesPerEntry > 0)) throw new RangeError(`${judgesPerEntry} judges per entry is not a positive whole number`);
  const sortedEntries = sortedById(entries, (entry) => entry.entryId);
  const sortedJudges = sortedById(judges, (judge) => judge.judgeId);
  const conflictOf = conflictOfInterest(declaredConflicts);

  const source = 0;
  const entryNode = (index: number) => 1 + index;
  const judgeNode = (index: number) => 1 + sortedEntries.length + index;
  const sink = 1 + sortedEntries.length + sortedJudges.length;
  const network = new FlowNetwork(sink + 1);
  // Above the largest balance cost a whole assignment can have (every entry's K judges on one judge: 1 + 2 + … + n).
  const assignable = sortedEntries.length * judgesPerEntry;
  const outsideFieldCost = (assignable * (assignable + 1)) / 2 + 1;

  const pairs: { entry: number; judge: number; edge: number }[] = [];
  const freeEntries = sortedJudges.map(() => 0);
  sortedEntries.forEach((entry, e) => {
    network.addEdge(source, entryNode(e), judgesPerEntry, 0);
    sortedJudges.forEach((judge, j) => {
      if (conflictOf(judge, entry) !== null) return;
      const cost = judge.fields.includes(entry.field) ? 0 : outsideFieldCost;
      pairs.push({ entry: e, judge: j, edge: network.addEdge(entryNode(e), judgeNode(j), 1, cost) });
      freeEntries[j]! += 1;
    });
  });
  sortedJudges.forEach((_, j) => {
    for (let nth = 1; nth <= freeEntries[j]!; nth++) network.addEdge(judgeNode(j), sink, 1, nth);
  });
  network.sendCheapest(source, sink);

  const chosen = pairs.filter(({ edge }) => network.flowOn(edge) > 0);
  const assignments = sortedEntries.map((entry, e): EntryAssignment => {
    const own = chosen.filter((pair) => pair.entry === e).map((pair) => sortedJudges[pair.judge]!);
    return {
      entryId: entry.entryId,
      judgeIds: own.map((judge) => judge.judgeId),
      outsideFieldJudgeIds: own.filter((judge) => !judge.fields.includes(entry.field)).map((judge) => judge.judgeId),
    };
  });
  return {
    assignments,
    loads: sortedJudges.map((judge, j) => ({ judgeId: judge.judgeId, entries: chosen.filter((pair) => pair.judge === j).length })),
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

/** A flow network whose edges carry whole units at a cost each; edge `i ^ 1` is the reverse of edge `i`. */
class FlowNetwork {
  private readonly head: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private readonly outgoing: number[][];

  constructor(nodes: number) {
    this.outgoing = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and its reverse; returns the edge's number. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const edge = this.head.length;
    this.outgoing[from]!.push(edge);
    this.head.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.outgoing[to]!.push(edge + 1);
    this.head.push(from);
    this.capacity.push(0);
    this.cost.push(-cost);
    return edge;
  }

  flowOn(edge: number): number {
    return this.capacity[edge ^ 1]!;
  }

  /**
   * Sends as much as can go from source to sink, each time along the cheapest path with room left (found by
   * Bellman–Ford with a queue, as undoing an earlier choice costs less than nothing), which gives the cheapest flow
   * of that amount.
   */
  sendCheapest(source: number, sink: number): void {
    const nodes = this.outgoing.length;
    for (;;) {
      const distance = new Array<number>(nodes).fill(Infinity);
      const arrivedBy = new Array<number>(nodes).fill(-1);
      const queued = new Array<boolean>(nodes).fill(false);
      distance[source] = 0;
      const queue = [source];
      for (let next = 0; next < queue.length; next++) {
        const node = queue[next]!;
        queued[node] = false;
        for (const edge of this.outgoing[node]!) {
          const to = this.head[edge]!;
          if (this.capacity[edge]! > 0 && distance[node]! + this.cost[edge]! < distance[to]!) {
            distance[to] = distance[node]! + this.cost[edge]!;
            arrivedBy[to] = edge;
            if (!queued[to]) {
              queued[to] = true;
              queue.push(to);
            }
          }
        }
      }
      if (distance[sink] === Infinity) return;
      let room = Infinity;
      for (let node = sink; node !== source; node = this.head[arrivedBy[node]! ^ 1]!) room = Math.min(room, this.capacity[arrivedBy[node]!]!);
      for (let node = sink; node !== source; node = this.head[arrivedBy[node]! ^ 1]!) {
        this.capacity[arrivedBy[node]!]! -= room;
        this.capacity[arrivedBy[node]! ^ 1]! += room;
      }
    }
  }
}
