import { describe, expect, it } from 'vitest';
import { aggregateScores, type AggregationMethod, type EntryAggregate, type JudgeScore } from './aggregate-scores.ts';
import { rankEntries } from './rank-entries.ts';

const score = (entryId: string, judgeId: string, given: number | 'abstained'): JudgeScore => ({ entryId, judgeId, score: given });

/**
 * A roadshow of five entries and four judges:
 *   judge A (harsh) scored E1..E4: 70, 50, 70, 50          mean 60, deviations ±10 → σ = √(4×100/4) = 10
 *   judge B (lenient) scored only E1 and E2: 90, 80, and abstained on E3
 *                                                           mean 85, deviations ±5 → σ = √(2×25/2) = 5
 *   judge C scored only E3: 75                              one score: neutral
 *   judge D gave E1, E2 and E4 the same 80                  no deviation: neutral
 *   nobody scored E5.
 */
const entryIds = ['E1', 'E2', 'E3', 'E4', 'E5'];
const roadshow = [
  score('E1', 'A', 70), score('E1', 'B', 90), score('E1', 'D', 80),
  score('E2', 'A', 50), score('E2', 'B', 80), score('E2', 'D', 80),
  score('E3', 'A', 70), score('E3', 'B', 'abstained'), score('E3', 'C', 75),
  score('E4', 'A', 50), score('E4', 'D', 80),
];
const valuesOf = (aggregates: EntryAggregate[]) => aggregates.map(({ entryId, value }) => [entryId, value]);

describe('aggregating the roadshow', () => {
  it.each<[AggregationMethod, [string, number | null][]]>([
    // E1 (70 + 90 + 80) / 3 = 80; E2 (50 + 80 + 80) / 3 = 70; E3 (70 + 75) / 2 = 72.5, B's abstention left out, not
    // a zero; E4 (50 + 80) / 2 = 65; E5 unscored
    ['mean', [['E1', 80], ['E2', 70], ['E3', 72.5], ['E4', 65], ['E5', null]]],
    // E1 drops 90 (B) and 70 (A): 80; E2 drops 50 (A) and one 80 (B): 80; E3 and E4 have two scores: their mean
    ['trimmed-mean', [['E1', 80], ['E2', 80], ['E3', 72.5], ['E4', 65], ['E5', null]]],
    // E1: A (70 − 60) / 10 = 1, B (90 − 85) / 5 = 1, D 0 → 2 / 3
    // E2: A (50 − 60) / 10 = −1, B (80 − 85) / 5 = −1, D 0 → −2 / 3
    // E3: A 1, C 0 → 1 / 2;  E4: A −1, D 0 → −1 / 2
    ['z-score', [['E1', 2 / 3], ['E2', -2 / 3], ['E3', 1 / 2], ['E4', -1 / 2], ['E5', null]]],
  ])('by %s', (method, expected) => {
    const aggregates = aggregateScores({ entryIds, scores: roadshow, method });
    expect(aggregates.map(({ entryId }) => entryId)).toEqual(entryIds);
    aggregates.forEach(({ value }, index) => {
      const wanted = expected[index]![1];
      if (wanted === null) expect(value).toBeNull();
      else expect(value).toBeCloseTo(wanted, 12);
    });
  });

  it('explains a mean with every score and the abstention', () => {
    const e3 = aggregateScores({ entryIds, scores: roadshow, method: 'mean' })[2];
    expect(e3).toEqual({
      entryId: 'E3',
      value: 72.5,
      scoreCount: 2,
      abstainedJudgeIds: ['B'],
      contributions: [
        { judgeId: 'A', raw: 70, normalised: 70, counted: true },
        { judgeId: 'C', raw: 75, normalised: 75, counted: true },
      ],
      explanation: { method: 'mean', sum: 145, counted: 2 },
    });
  });

  it('explains a trimmed mean with the scores it dropped', () => {
    const e2 = aggregateScores({ entryIds, scores: roadshow, method: 'trimmed-mean' })[1];
    expect(e2).toEqual({
      entryId: 'E2',
      value: 80,
      scoreCount: 3,
      abstainedJudgeIds: [],
      contributions: [
        { judgeId: 'A', raw: 50, normalised: 50, counted: false },
        { judgeId: 'B', raw: 80, normalised: 80, counted: false },
        { judgeId: 'D', raw: 80, normalised: 80, counted: true },
      ],
      explanation: { method: 'trimmed-mean', sum: 80, counted: 1, dropped: { highest: 'B', lowest: 'A' } },
    });
  });

  it("explains a z-score with each judge's scale and the panel's", () => {
    const e1 = aggregateScores({ entryIds, scores: roadshow, method: 'z-score' })[0];
    // The panel: ten scores summing to 725 → mean 72.5; squared deviations 2×2.5² + 2×22.5² + 17.5² + 4×7.5² + 2.5²
    // = 12.5 + 1012.5 + 306.25 + 225 + 6.25 = 1562.5 → σ = √(1562.5 / 10) = 12.5; E1 shown as 72.5 + 12.5 × 2/3 = 80.833…
    expect(e1).toEqual({
      entryId: 'E1',
      value: expect.closeTo(2 / 3, 12),
      scoreCount: 3,
      abstainedJudgeIds: [],
      contributions: [
        { judgeId: 'A', raw: 70, normalised: 1, counted: true },
        { judgeId: 'B', raw: 90, normalised: 1, counted: true },
        { judgeId: 'D', raw: 80, normalised: 0, counted: true },
      ],
      explanation: {
        method: 'z-score',
        sum: 2,
        counted: 3,
        judges: [
          { judgeId: 'A', scoreCount: 4, mean: 60, standardDeviation: 10, neutral: false },
          { judgeId: 'B', scoreCount: 2, mean: 85, standardDeviation: 5, neutral: false },
          { judgeId: 'D', scoreCount: 3, mean: 80, standardDeviation: 0, neutral: true },
        ],
        panel: { mean: 72.5, standardDeviation: 12.5 },
        rescaled: expect.closeTo(80.8333333333, 8),
      },
    });
  });

  it('counts a judge with one score as neutral, contributing 0', () => {
    const e3 = aggregateScores({ entryIds, scores: roadshow, method: 'z-score' })[2]!;
    expect(e3.contributions).toEqual([
      { judgeId: 'A', raw: 70, normalised: 1, counted: true },
      { judgeId: 'C', raw: 75, normalised: 0, counted: true },
    ]);
    expect(e3.explanation).toMatchObject({ judges: [{ judgeId: 'A' }, { judgeId: 'C', scoreCount: 1, mean: 75, standardDeviation: 0, neutral: true }] });
  });

  it.each<AggregationMethod>(['mean', 'trimmed-mean', 'z-score'])('leaves an entry nobody scored unranked, by %s', (method) => {
    expect(aggregateScores({ entryIds, scores: roadshow, method })[4]).toEqual({
      entryId: 'E5',
      value: null,
      scoreCount: 0,
      abstainedJudgeIds: [],
      contributions: [],
      explanation: null,
    });
  });

  it('leaves an entry every judge abstained on unranked, naming them', () => {
    const aggregates = aggregateScores({ entryIds: ['E1', 'E2'], scores: [score('E1', 'A', 70), score('E2', 'B', 'abstained'), score('E2', 'A', 'abstained')], method: 'mean' });
    expect(aggregates[1]).toMatchObject({ entryId: 'E2', value: null, scoreCount: 0, abstainedJudgeIds: ['A', 'B'] });
  });

  it('tells a judge who gave the same score everywhere by equality, not by a deviation rounding left above 0', () => {
    // 91.1 three times: the mean computes as 91.09999999999998, a deviation of about 1e-14 that would turn the
    // three equal scores into z-scores of 1 each
    const same = ['E1', 'E2', 'E3'].map((entryId) => score(entryId, 'A', 91.1));
    const aggregates = aggregateScores({ entryIds: ['E1', 'E2', 'E3'], scores: [...same, score('E1', 'B', 60), score('E2', 'B', 70)], method: 'z-score' });
    expect(aggregates.flatMap(({ contributions }) => contributions.filter(({ judgeId }) => judgeId === 'A').map(({ normalised }) => normalised))).toEqual([0, 0, 0]);
  });

  it.each([
    ['a score of an entry not listed', [score('E9', 'A', 70)], /E9/],
    ['a judge scoring an entry twice', [score('E1', 'A', 70), score('E1', 'A', 'abstained')], /A scored entry E1 twice/],
  ])('refuses %s', (_, scores, error) => {
    expect(() => aggregateScores({ entryIds, scores, method: 'mean' })).toThrow(error);
  });
});

describe('a trimmed mean', () => {
  const fiveJudges = (...scores: number[]) => scores.map((given, index) => score('E1', `J${index + 1}`, given));
  it.each<[string, JudgeScore[], number, { highest: string; lowest: string } | null]>([
    // (60 + 90) / 2 = 75: nothing dropped below three scores
    ['with two scores is their mean', fiveJudges(60, 90), 75, null],
    // 60, 70, 90: drops 90 and 60, keeps 70, the median
    ['with three scores is the middle one', fiveJudges(60, 90, 70), 70, { highest: 'J2', lowest: 'J1' }],
    // drops 95 (J5) and 60 (J1): (70 + 75 + 80) / 3 = 75
    ['with five scores drops the highest and the lowest', fiveJudges(60, 70, 75, 80, 95), 75, { highest: 'J5', lowest: 'J1' }],
    // 90, 70, 80, 70, 90: drops one 70 (J2) and one 90 (J1): (80 + 70 + 90) / 3 = 80
    ['with five scores drops only one of equal extremes', fiveJudges(90, 70, 80, 70, 90), 80, { highest: 'J1', lowest: 'J2' }],
    // 70 three times: drops two judges' 70 (J1 as the lowest, J2 as the highest), keeps J3's: 70
    ['with three equal scores drops two judges', fiveJudges(70, 70, 70), 70, { highest: 'J2', lowest: 'J1' }],
  ])('%s', (_, scores, value, dropped) => {
    const [aggregate] = aggregateScores({ entryIds: ['E1'], scores, method: 'trimmed-mean' });
    expect(aggregate!.value).toBe(value);
    expect(aggregate!.explanation).toMatchObject({ method: 'trimmed-mean', dropped, counted: dropped ? scores.length - 2 : scores.length });
  });
});

describe('z-scores, harsh and lenient judges', () => {
  const reference = (entryId: string) => `LB6-SZ-${entryId}`;
  const ranked = (aggregates: EntryAggregate[]) =>
    rankEntries(aggregates.map(({ entryId, value }) => ({ entryId, reference: reference(entryId), value }))).ranked.map(({ entryId, rank }) => [entryId, rank]);

  it('give the same z-scores and ranking when one judge is the other plus 40', () => {
    // Harsh: X 40, Y 50, Z 60 → mean 50, σ = √((100 + 0 + 100) / 3) = 8.165; lenient: X 80, Y 90, Z 100 → mean 90,
    // the same σ: both give X −1.2247, Y 0, Z 1.2247
    const harsh = aggregateScores({ entryIds: ['X', 'Y', 'Z'], scores: [score('X', 'H', 40), score('Y', 'H', 50), score('Z', 'H', 60)], method: 'z-score' });
    const lenient = aggregateScores({ entryIds: ['X', 'Y', 'Z'], scores: [score('X', 'L', 80), score('Y', 'L', 90), score('Z', 'L', 100)], method: 'z-score' });
    expect(valuesOf(harsh)).toEqual([['X', expect.closeTo(-1.2247449, 6)], ['Y', 0], ['Z', expect.closeTo(1.2247449, 6)]]);
    expect(valuesOf(lenient)).toEqual(valuesOf(harsh));
    expect(ranked(lenient)).toEqual([['Z', 1], ['Y', 2], ['X', 3]]);
    expect(ranked(harsh)).toEqual(ranked(lenient));
  });

  it("weigh the same when each scored half the entries, where the mean favours the lenient judge's", () => {
    // Harsh scored P 60, R 40 (mean 50, σ 10: P +1, R −1); lenient scored Q 95, S 85 (mean 90, σ 5: Q +1, S −1)
    const scores = [score('P', 'H', 60), score('R', 'H', 40), score('Q', 'L', 95), score('S', 'L', 85)];
    const entries = ['P', 'Q', 'R', 'S'];
    expect(ranked(aggregateScores({ entryIds: entries, scores, method: 'mean' }))).toEqual([['Q', 1], ['S', 2], ['P', 3], ['R', 4]]);
    expect(ranked(aggregateScores({ entryIds: entries, scores, method: 'z-score' }))).toEqual([['P', 1], ['Q', 1], ['R', 3], ['S', 3]]);
  });
});
