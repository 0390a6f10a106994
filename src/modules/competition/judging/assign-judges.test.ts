import { describe, expect, it } from 'vitest';
import { assignJudges, type AssignmentInput, type EntryToAssign, type JudgeAssignment, type JudgeToAssign } from './assign-judges.ts';
import { conflictOfInterest, type DeclaredConflict } from './conflicts-of-interest.ts';

const judge = (judgeId: string, fields: string[], organisationId: string | null = null): JudgeToAssign => ({ judgeId, fields, organisationId });
const entry = (entryId: string, field: string, organisationId: string | null = null): EntryToAssign => ({ entryId, field, organisationId });
const entries = (count: number, field: string) => Array.from({ length: count }, (_, index) => entry(`e${String(index + 1).padStart(2, '0')}`, field));
const loadsOf = (input: AssignmentInput) => assignJudges(input).loads.map(({ judgeId, entries: count }) => [judgeId, count]);
const judgesOf = (input: AssignmentInput) => Object.fromEntries(assignJudges(input).assignments.map(({ entryId, judgeIds }) => [entryId, judgeIds]));

describe('assigning judges to entries', () => {
  it('balances the loads within one: 10 entries × 3 judges over 4 judges are 30 = 8 + 8 + 7 + 7', () => {
    const input = { entries: entries(10, 'ai'), judges: ['j1', 'j2', 'j3', 'j4'].map((id) => judge(id, ['ai'])), declaredConflicts: [], judgesPerEntry: 3 };
    const result = assignJudges(input);
    expect(result.loads.map(({ entries: count }) => count).sort()).toEqual([7, 7, 8, 8]);
    for (const { judgeIds, outsideFieldJudgeIds } of result.assignments) {
      expect(new Set(judgeIds).size).toBe(3);
      expect(outsideFieldJudgeIds).toEqual([]);
    }
    expect(result.shortfalls).toEqual([]);
  });

  it('balances where taking the first free judge would not: e01 (ai) leaves j1 to e02 (it), which only j1 knows', () => {
    // Taking the first expert by id, e01 would go to j1 and e02 too: loads 2 and 0 instead of 1 and 1
    const input = { entries: [entry('e01', 'ai'), entry('e02', 'it')], judges: [judge('j1', ['ai', 'it']), judge('j2', ['ai'])], declaredConflicts: [], judgesPerEntry: 1 };
    expect(judgesOf(input)).toEqual({ e01: ['j2'], e02: ['j1'] });
  });

  it('puts expertise before balance: the one expert in AI judges every AI entry', () => {
    // 4 AI entries and 2 IT ones, one judge each: j1 knows AI, j2 and j3 IT
    const input = {
      entries: [...entries(4, 'ai'), entry('e05', 'it'), entry('e06', 'it')],
      judges: [judge('j1', ['ai']), judge('j2', ['it']), judge('j3', ['it'])],
      declaredConflicts: [],
      judgesPerEntry: 1,
    };
    expect(loadsOf(input)).toEqual([['j1', 4], ['j2', 1], ['j3', 1]]);
    expect(assignJudges(input).assignments.every(({ outsideFieldJudgeIds }) => outsideFieldJudgeIds.length === 0)).toBe(true);
  });

  it('falls back to judges outside the field when too few experts are free, and flags them', () => {
    // The gene therapy needs 3 judges; only j1 knows biotech, so the two least loaded others join it
    const input = {
      entries: [entry('e01', 'biotech'), entry('e02', 'ai'), entry('e03', 'ai')],
      judges: [judge('j1', ['biotech']), judge('j2', ['ai']), judge('j3', ['ai']), judge('j4', ['ai']), judge('j5', ['ai'])],
      declaredConflicts: [],
      judgesPerEntry: 3,
    };
    const { assignments, loads } = assignJudges(input);
    expect(assignments[0]!.judgeIds).toContain('j1');
    expect(assignments[0]!.outsideFieldJudgeIds).toHaveLength(2);
    expect(assignments[0]!.outsideFieldJudgeIds).not.toContain('j1');
    // The AI entries keep to AI judges: 3 + 3 + 3 = 9 = j1's 1 and 2 each for j2..j5
    expect(assignments.slice(1).every(({ outsideFieldJudgeIds }) => outsideFieldJudgeIds.length === 0)).toBe(true);
    expect(loads.map(({ entries: count }) => count)).toEqual([1, 2, 2, 2, 2]);
  });

  it('never assigns a judge with a declared conflict or from the entrant\'s own organisation, and balances around them', () => {
    // j1 is of the same organisation as e01..e03 and declared a conflict on e04; e04..e06 can still give it 2 of 6
    const input = {
      entries: [entry('e01', 'ai', 'gladius'), entry('e02', 'ai', 'gladius'), entry('e03', 'ai', 'gladius'), entry('e04', 'ai'), entry('e05', 'ai'), entry('e06', 'ai')],
      judges: [judge('j1', ['ai'], 'gladius'), judge('j2', ['ai']), judge('j3', ['ai'])],
      declaredConflicts: [{ judgeId: 'j1', entryId: 'e04' }],
      judgesPerEntry: 1,
    };
    const assigned = judgesOf(input);
    expect([assigned.e01, assigned.e02, assigned.e03, assigned.e04].flat()).not.toContain('j1');
    expect(loadsOf(input)).toEqual([['j1', 2], ['j2', 2], ['j3', 2]]);
  });

  it('reports the entries that could not get K judges', () => {
    // Three judges, three per entry: e01's declared conflict with j1 leaves it two; e02 is j2's own organisation's
    const input = {
      entries: [entry('e01', 'ai'), entry('e02', 'ai', 'haemophilia-lab'), entry('e03', 'ai')],
      judges: [judge('j1', ['ai']), judge('j2', ['ai'], 'haemophilia-lab'), judge('j3', ['ai'])],
      declaredConflicts: [{ judgeId: 'j1', entryId: 'e01' }],
      judgesPerEntry: 3,
    };
    expect(judgesOf(input)).toEqual({ e01: ['j2', 'j3'], e02: ['j1', 'j3'], e03: ['j1', 'j2', 'j3'] });
    expect(assignJudges(input).shortfalls).toEqual([{ entryId: 'e01', missing: 1 }, { entryId: 'e02', missing: 1 }]);
  });

  it('reports every entry short when K is more than the judges', () => {
    const input = { entries: entries(2, 'ai'), judges: [judge('j1', ['ai'])], declaredConflicts: [], judgesPerEntry: 2 };
    expect(assignJudges(input).shortfalls).toEqual([{ entryId: 'e01', missing: 1 }, { entryId: 'e02', missing: 1 }]);
  });

  it('gives the same assignment for the same input, in whatever order it is listed', () => {
    const input = {
      entries: [...entries(7, 'ai'), entry('e08', 'it'), entry('e09', 'it', 'org-a')],
      judges: [judge('j1', ['ai', 'it']), judge('j2', ['ai'], 'org-a'), judge('j3', ['it']), judge('j4', ['ai'])],
      declaredConflicts: [{ judgeId: 'j4', entryId: 'e02' }],
      judgesPerEntry: 2,
    };
    const reversed = { ...input, entries: [...input.entries].reverse(), judges: [...input.judges].reverse() };
    expect(assignJudges(reversed)).toEqual(assignJudges(input));
    expect(assignJudges(input)).toEqual(assignJudges(input));
  });

  it.each([0, 1.5])('refuses %s judges per entry', (judgesPerEntry) => {
    expect(() => assignJudges({ entries: entries(1, 'ai'), judges: [judge('j1', ['ai'])], declaredConflicts: [], judgesPerEntry })).toThrow(RangeError);
  });

  it('refuses a judge listed twice', () => {
    expect(() => assignJudges({ entries: entries(1, 'ai'), judges: [judge('j1', ['ai']), judge('j1', ['it'])], declaredConflicts: [], judgesPerEntry: 1 })).toThrow(/j1 is listed twice/);
  });
});

/** A small linear congruential generator, so that every run draws the same rounds. */
const generator = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const fields = ['ai', 'it', 'manufacturing', 'biotech', 'marine'];

/** A round drawn at random: judges knowing some fields (perhaps none), organisations shared, conflicts declared. */
function randomRound(seed: number, size: { entries: number; judges: number; conflicts: number; judgesPerEntry: number }): AssignmentInput {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const organisations = ['org-1', 'org-2', 'org-3', null];
  const judges = Array.from({ length: size.judges }, (_, index) => judge(`j${index}`, fields.filter(() => random() < 0.3), pick(organisations)));
  const roundEntries = Array.from({ length: size.entries }, (_, index) => entry(`e${index}`, pick(fields), pick(organisations)));
  const declaredConflicts = Array.from({ length: size.conflicts }, () => ({ judgeId: pick(judges).judgeId, entryId: pick(roundEntries).entryId }));
  return { entries: roundEntries, judges, declaredConflicts, judgesPerEntry: size.judgesPerEntry };
}

/** What the assignment costs, in its order of priority: judges outside the field, then the sum of the squared loads. */
function costOf(input: AssignmentInput, { assignments, loads }: JudgeAssignment) {
  return {
    judges: assignments.reduce((sum, { judgeIds }) => sum + judgeIds.length, 0),
    outsideField: assignments.reduce((sum, { outsideFieldJudgeIds }) => sum + outsideFieldJudgeIds.length, 0),
    squaredLoads: loads.reduce((sum, { entries: count }) => sum + count * count, 0),
  };
}

/**
 * The cheapest assignment by trying them all: each entry's every choice of min(K, free) of the judges free of
 * conflict with it, the fewest outside the field first, then the least sum of squared loads.
 */
function cheapestOfAll({ entries: roundEntries, judges, declaredConflicts, judgesPerEntry }: AssignmentInput) {
  const conflictOf = conflictOfInterest(declaredConflicts);
  const choicesOf = (pool: number[], size: number): number[][] =>
    size === 0 ? [[]] : pool.flatMap((first, index) => choicesOf(pool.slice(index + 1), size - 1).map((rest) => [first, ...rest]));
  const choices = roundEntries.map((theEntry) => {
    const free = judges.flatMap((candidate, index) => (conflictOf(candidate, theEntry) === null ? [index] : []));
    return choicesOf(free, Math.min(judgesPerEntry, free.length)).map((chosen) => ({
      chosen,
      outsideField: chosen.filter((index) => !judges[index]!.fields.includes(theEntry.field)).length,
    }));
  });
  const loads = judges.map(() => 0);
  let best = { judges: 0, outsideField: Infinity, squaredLoads: Infinity };
  const tryFrom = (entryIndex: number, judgesSoFar: number, outsideField: number) => {
    if (entryIndex === choices.length) {
      const squaredLoads = loads.reduce((sum, load) => sum + load * load, 0);
      if (outsideField < best.outsideField || (outsideField === best.outsideField && squaredLoads < best.squaredLoads)) best = { judges: judgesSoFar, outsideField, squaredLoads };
      return;
    }
    for (const { chosen, outsideField: outside } of choices[entryIndex]!) {
      for (const index of chosen) loads[index]! += 1;
      tryFrom(entryIndex + 1, judgesSoFar + chosen.length, outsideField + outside);
      for (const index of chosen) loads[index]! -= 1;
    }
  };
  tryFrom(0, 0, 0);
  return best;
}

/**
 * The cheapest assignment as a plain minimum-cost flow over the whole network (source → entry, K each → judge, 1 per
 * pair free of conflict, more outside the field than any balance can save → sink, a judge's n-th entry costing n),
 * one cheapest path at a time found by Bellman–Ford: slow, but plainly right.
 */
function cheapestByFlow({ entries: roundEntries, judges, declaredConflicts, judgesPerEntry }: AssignmentInput) {
  const conflictOf = conflictOfInterest(declaredConflicts);
  const source = 0;
  const sink = 1 + roundEntries.length + judges.length;
  const edges: { to: number; room: number; cost: number }[] = [];
  const outgoing: number[][] = Array.from({ length: sink + 1 }, () => []);
  const addEdge = (from: number, to: number, room: number, cost: number) => {
    outgoing[from]!.push(edges.length);
    edges.push({ to, room, cost });
    outgoing[to]!.push(edges.length);
    edges.push({ to: from, room: 0, cost: -cost });
  };
  const outsideFieldCost = roundEntries.length * judgesPerEntry * (roundEntries.length * judgesPerEntry + 1);
  const pairs: { judge: number; outside: boolean; edge: number }[] = [];
  roundEntries.forEach((theEntry, e) => {
    addEdge(source, 1 + e, judgesPerEntry, 0);
    judges.forEach((candidate, j) => {
      if (conflictOf(candidate, theEntry) !== null) return;
      const outside = !candidate.fields.includes(theEntry.field);
      pairs.push({ judge: j, outside, edge: edges.length });
      addEdge(1 + e, 1 + roundEntries.length + j, 1, outside ? outsideFieldCost : 0);
    });
  });
  judges.forEach((_, j) => {
    for (let nth = 1; nth <= roundEntries.length; nth++) addEdge(1 + roundEntries.length + j, sink, 1, nth);
  });
  for (;;) {
    const distance = outgoing.map(() => Infinity);
    const arrivedBy = outgoing.map(() => -1);
    distance[source] = 0;
    for (let round = 0, changed = true; changed && round < outgoing.length; round++) {
      changed = false;
      outgoing.forEach((edgesOut, from) => {
        for (const index of edgesOut) {
          const { to, room, cost } = edges[index]!;
          if (room > 0 && distance[from]! + cost < distance[to]!) {
            distance[to] = distance[from]! + cost;
            arrivedBy[to] = index;
            changed = true;
          }
        }
      });
    }
    if (distance[sink] === Infinity) break;
    for (let node = sink; node !== source; node = edges[arrivedBy[node]! ^ 1]!.to) {
      edges[arrivedBy[node]!]!.room -= 1;
      edges[arrivedBy[node]! ^ 1]!.room += 1;
    }
  }
  const chosen = pairs.filter(({ edge }) => edges[edge]!.room === 0);
  const loads = judges.map((_, j) => chosen.filter(({ judge: index }) => index === j).length);
  return {
    judges: chosen.length,
    outsideField: chosen.filter(({ outside }) => outside).length,
    squaredLoads: loads.reduce((sum, load) => sum + load * load, 0),
  };
}

describe('assigning a small round drawn at random, against every possible assignment', () => {
  it.each(Array.from({ length: 40 }, (_, index) => index + 1))('round %i: as many judges, as few outside the field and as balanced as the best of all', (seed) => {
    const random = generator(seed * 7);
    const size = { entries: 2 + Math.floor(random() * 4), judges: 2 + Math.floor(random() * 4), conflicts: Math.floor(random() * 4), judgesPerEntry: 1 + Math.floor(random() * 3) };
    const input = randomRound(seed, size);
    expect(costOf(input, assignJudges(input))).toEqual(cheapestOfAll(input));
  });
});

describe('assigning a middling round drawn at random, against the plain minimum-cost flow', () => {
  it.each(Array.from({ length: 20 }, (_, index) => index + 1))('round %i: as many judges, as few outside the field and as balanced as the flow', (seed) => {
    const input = randomRound(seed, { entries: 40, judges: 9, conflicts: 25, judgesPerEntry: 1 + (seed % 4) });
    expect(costOf(input, assignJudges(input))).toEqual(cheapestByFlow(input));
  });

  it.each([1, 2, 3])('round %i of 70 judges (more than two words of 32): as many judges, as few outside the field and as balanced as the flow', (seed) => {
    const input = randomRound(seed, { entries: 45, judges: 70, conflicts: 200, judgesPerEntry: 6 });
    expect(costOf(input, assignJudges(input))).toEqual(cheapestByFlow(input));
  });
});

describe('assigning a large round drawn at random', () => {

  it.each([1, 2, 3, 4, 5])('round %i: no conflict, distinct judges, K wherever K are free, experts wherever free', (seed) => {
    const random = generator(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const organisations = ['org-1', 'org-2', 'org-3', 'org-4', null];
    const judges = Array.from({ length: 12 }, (_, index) => judge(`j${index}`, fields.filter(() => random() < 0.35), pick(organisations)));
    const roundEntries = Array.from({ length: 60 }, (_, index) => entry(`e${index}`, pick(fields), pick(organisations)));
    const declaredConflicts: DeclaredConflict[] = Array.from({ length: 40 }, () => ({ judgeId: pick(judges).judgeId, entryId: pick(roundEntries).entryId }));
    const judgesPerEntry = 4;
    const conflictOf = conflictOfInterest(declaredConflicts);
    const { assignments, loads } = assignJudges({ entries: roundEntries, judges, declaredConflicts, judgesPerEntry });

    for (const assignment of assignments) {
      const theEntry = roundEntries.find(({ entryId }) => entryId === assignment.entryId)!;
      const free = judges.filter((candidate) => conflictOf(candidate, theEntry) === null);
      const freeExperts = free.filter((candidate) => candidate.fields.includes(theEntry.field));
      expect(new Set(assignment.judgeIds).size).toBe(assignment.judgeIds.length);
      expect(assignment.judgeIds.filter((judgeId) => !free.some((candidate) => candidate.judgeId === judgeId))).toEqual([]);
      expect(assignment.judgeIds).toHaveLength(Math.min(judgesPerEntry, free.length));
      expect(assignment.judgeIds.length - assignment.outsideFieldJudgeIds.length).toBe(Math.min(judgesPerEntry, freeExperts.length));
    }
    expect(loads.reduce((sum, { entries: count }) => sum + count, 0)).toBe(assignments.reduce((sum, { judgeIds }) => sum + judgeIds.length, 0));
  });

  it('balances a large round within one when every judge knows every field', () => {
    const judges = Array.from({ length: 7 }, (_, index) => judge(`j${index}`, fields));
    const roundEntries = Array.from({ length: 60 }, (_, index) => entry(`e${index}`, fields[index % fields.length]!));
    // 60 × 5 = 300 = 7 × 42 + 6: six judges with 43, one with 42
    const { loads } = assignJudges({ entries: roundEntries, judges, declaredConflicts: [], judgesPerEntry: 5 });
    expect(loads.map(({ entries: count }) => count).sort()).toEqual([42, 43, 43, 43, 43, 43, 43]);
  });

  it('leaves no entry of a round of 600 × 30 a judge it could swap for one carrying 2 fewer, in whatever order it is listed', () => {
    const input = randomRound(11, { entries: 600, judges: 30, conflicts: 400, judgesPerEntry: 5 });
    const result = assignJudges(input);
    const conflictOf = conflictOfInterest(input.declaredConflicts);
    const load = new Map(result.loads.map(({ judgeId, entries: count }) => [judgeId, count]));
    result.assignments.forEach((assignment, index) => {
      const theEntry = input.entries.find(({ entryId }) => entryId === assignment.entryId)!;
      const knows = (candidate: JudgeToAssign) => candidate.fields.includes(theEntry.field);
      const held = input.judges.filter((candidate) => assignment.judgeIds.includes(candidate.judgeId));
      const others = input.judges.filter((candidate) => !assignment.judgeIds.includes(candidate.judgeId) && conflictOf(candidate, theEntry) === null);
      expect(held.filter((candidate) => conflictOf(candidate, theEntry) !== null), `entry ${index}`).toEqual([]);
      for (const mine of held) {
        const swappable = others.filter((other) => knows(other) === knows(mine) && load.get(other.judgeId)! <= load.get(mine.judgeId)! - 2);
        expect(swappable.map((other) => other.judgeId), `${theEntry.entryId} holding ${mine.judgeId}`).toEqual([]);
      }
    });
    const shuffle = generator(5);
    const shuffled = { ...input, entries: [...input.entries].sort(() => shuffle() - 0.5), judges: [...input.judges].sort(() => shuffle() - 0.5) };
    expect(assignJudges(shuffled)).toEqual(result);
  });
});
