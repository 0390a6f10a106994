import { describe, expect, it } from 'vitest';
import type { FieldError } from '../../../platform/http/errors.ts';
import { hasMessage } from '../../../platform/i18n/messages.ts';
import { checkRubric, checkScoreSheet, defaultRubric, weightedScore, type Rubric, type ScoreSheet } from './weighted-score.ts';

const sheet = (scores: Record<string, number>): ScoreSheet => ({ abstained: false, scores });
const abstained: ScoreSheet = { abstained: true };
/** A business-plan sheet scored in points (团队 40 分, 计划 20 分) rather than out of 10. */
const inPoints: Rubric = {
  criteria: [
    { key: 'team', weight: 40, maxScore: 40 },
    { key: 'plan', weight: 60, maxScore: 20 },
  ],
};
/** Thirds typed as decimals, whose weighted sums are not exact in floating point. */
const thirds: Rubric = {
  criteria: [
    { key: 'a', weight: 33.3, maxScore: 3 },
    { key: 'b', weight: 33.3, maxScore: 3 },
    { key: 'c', weight: 33.4, maxScore: 3 },
  ],
};

describe("a judge's weighted score", () => {
  it.each<[string, Rubric, ScoreSheet, number | null]>([
    // 30×8/10 + 30×7/10 + 25×6/10 + 15×9/10 = 24 + 21 + 15 + 13.5 = 73.5
    ['the default rubric', defaultRubric, sheet({ team: 8, technology: 7, market: 6, finance: 9 }), 73.5],
    // 30×7.5/10 + 30×9/10 + 25×8/10 + 15×5/10 = 22.5 + 27 + 20 + 7.5 = 77
    ['half points', defaultRubric, sheet({ team: 7.5, technology: 9, market: 8, finance: 5 }), 77],
    ['every criterion full', defaultRubric, sheet({ team: 10, technology: 10, market: 10, finance: 10 }), 100],
    ['every criterion nought', defaultRubric, sheet({ team: 0, technology: 0, market: 0, finance: 0 }), 0],
    // 40×30/40 + 60×15/20 = 30 + 45 = 75
    ['a rubric in points', inPoints, sheet({ team: 30, plan: 15 }), 75],
    // 33.3×1/3 + 33.3×1/3 + 33.4×1/3 = 11.1 + 11.1 + 11.1333… = 33.3333… → 33.33
    ['kept to two decimals', thirds, sheet({ a: 1, b: 1, c: 1 }), 33.33],
    // twice the above: 66.6666… → 66.67
    ['rounded half up', thirds, sheet({ a: 2, b: 2, c: 2 }), 66.67],
    ['an abstention has no score', defaultRubric, abstained, null],
  ])('%s', (_, rubric, given, expected) => {
    expect(weightedScore(rubric, given)).toBe(expected);
  });

  it('gives the same number for sheets worth the same, though their sums differ in the last bit', () => {
    const uneven: Rubric = { criteria: [{ key: 'a', weight: 10, maxScore: 3 }, { key: 'b', weight: 20, maxScore: 3 }, { key: 'c', weight: 70, maxScore: 3 }] };
    // 10×1/3 + 20×0/3 + 70×1/3 = 80/3 and 10×2/3 + 20×3/3 + 70×0/3 = 80/3, summed in floating point as
    // 26.666666666666664 and 26.666666666666668: both 26.67
    expect(weightedScore(uneven, sheet({ a: 1, b: 0, c: 1 }))).toBe(26.67);
    expect(weightedScore(uneven, sheet({ a: 2, b: 3, c: 0 }))).toBe(26.67);
  });

  it('refuses a sheet that misses a criterion', () => {
    expect(() => weightedScore(defaultRubric, sheet({ team: 8, technology: 7, market: 6 }))).toThrow(/finance/);
  });
});

describe('the checks of a rubric', () => {
  it.each<[string, Rubric, FieldError[]]>([
    ['the default rubric is sound', defaultRubric, []],
    ['weights typed as decimals that add up to 100', thirds, []],
    ['no criterion', { criteria: [] }, [{ field: 'criteria', message: 'competition.scoring.rubric.empty' }]],
    [
      'weights adding up to 90',
      { criteria: [{ key: 'team', weight: 30, maxScore: 10 }, { key: 'technology', weight: 30, maxScore: 10 }, { key: 'market', weight: 30, maxScore: 10 }] },
      [{ field: 'criteria', message: 'competition.scoring.rubric.weightSum', params: { total: 90 } }],
    ],
    [
      'a weight of nought, though the sum is 100',
      { criteria: [{ key: 'team', weight: 0, maxScore: 10 }, { key: 'technology', weight: 100, maxScore: 10 }] },
      [{ field: 'criteria.0.weight', message: 'competition.scoring.rubric.weightPositive' }],
    ],
    [
      'a negative weight',
      { criteria: [{ key: 'team', weight: -10, maxScore: 10 }, { key: 'technology', weight: 110, maxScore: 10 }] },
      [{ field: 'criteria.0.weight', message: 'competition.scoring.rubric.weightPositive' }],
    ],
    [
      'a full score of nought',
      { criteria: [{ key: 'team', weight: 50, maxScore: 10 }, { key: 'technology', weight: 50, maxScore: 0 }] },
      [{ field: 'criteria.1.maxScore', message: 'competition.scoring.rubric.maxScorePositive' }],
    ],
    [
      'a criterion twice',
      { criteria: [{ key: 'team', weight: 50, maxScore: 10 }, { key: 'team', weight: 50, maxScore: 10 }] },
      [{ field: 'criteria.1.key', message: 'competition.scoring.rubric.keyRepeated', params: { key: 'team' } }],
    ],
  ])('%s', (_, rubric, errors) => {
    expect(checkRubric(rubric)).toEqual(errors);
  });
});

describe("the checks of a judge's sheet", () => {
  it.each<[string, ScoreSheet, FieldError[]]>([
    ['every criterion within its range', sheet({ team: 0, technology: 10, market: 6.5, finance: 9 }), []],
    ['an abstention, with no numbers', abstained, []],
    ['a criterion left out', sheet({ team: 8, technology: 7, market: 6 }), [{ field: 'scores.finance', message: 'competition.scoring.sheet.missing' }]],
    [
      'above the full score and below nought',
      sheet({ team: 11, technology: -1, market: 6, finance: 9 }),
      [
        { field: 'scores.team', message: 'competition.scoring.sheet.outOfRange', params: { max: 10 } },
        { field: 'scores.technology', message: 'competition.scoring.sheet.outOfRange', params: { max: 10 } },
      ],
    ],
    ['not a number', sheet({ team: Number.NaN, technology: 7, market: 6, finance: 9 }), [{ field: 'scores.team', message: 'competition.scoring.sheet.outOfRange', params: { max: 10 } }]],
    [
      'a criterion the rubric does not have',
      sheet({ team: 8, technology: 7, market: 6, finance: 9, charisma: 10 }),
      [{ field: 'scores.charisma', message: 'competition.scoring.sheet.unknownCriterion' }],
    ],
  ])('%s', (_, given, errors) => {
    expect(checkScoreSheet(defaultRubric, given)).toEqual(errors);
  });

  it('words every error it can give', () => {
    const keys = [
      ...checkRubric({ criteria: [{ key: 'a', weight: 0, maxScore: 0 }, { key: 'a', weight: 0, maxScore: 1 }] }),
      ...checkRubric({ criteria: [] }),
      ...checkScoreSheet(defaultRubric, sheet({ team: 11, other: 1 })),
    ].map((error) => error.message);
    expect(new Set(keys).size).toBe(8);
    expect(keys.filter((key) => !hasMessage(key))).toEqual([]);
  });
});
