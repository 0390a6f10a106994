import { describe, expect, it } from 'vitest';
import { figureKey, type EnterpriseFacts } from './enterprise-facts.ts';
import { computeAmount, evaluateRule, foundedOnOrBefore, isFullyCheckable, wholeYearsSince } from './evaluate-rule.ts';
import type { AmountRule, Condition } from './rule-schemas.ts';

const highTech = '00000000-0000-4000-8000-000000000001';
const specialised = '00000000-0000-4000-8000-000000000002';
const winners = '00000000-0000-4000-8000-000000000003';

// 崂山区 (370212) under 青岛市 (370200) under 山东省 (370000).
const facts: EnterpriseFacts = {
  enterpriseId: '00000000-0000-4000-8000-0000000000aa',
  industryCode: 'C3911',
  regionCode: '370212',
  regionLineage: ['370212', '370200', '370000'],
  tagIds: [highTech],
  sizeClass: 'small',
  foundedOn: '2020-02-29',
  registeredCapitalWan: 500,
  figures: { [figureKey('revenue', 2025)]: 5000, [figureKey('rdSpending', 2025)]: 300 },
  listIds: [winners],
};
const lacking: EnterpriseFacts = {
  ...facts,
  industryCode: null,
  regionCode: null,
  regionLineage: [],
  tagIds: [],
  sizeClass: null,
  foundedOn: null,
  registeredCapitalWan: null,
  figures: {},
  listIds: [],
};
const today = '2026-06-15';
const outcome = (condition: Condition, of: EnterpriseFacts = facts, on = today) => evaluateRule({ all: [condition] }, of, { today: on }).conditions[0]!.outcome;

describe('each condition kind', () => {
  it.each<[string, Condition, 'met' | 'unmet' | 'unknown', 'met' | 'unmet' | 'unknown']>([
    ['industry by section', { kind: 'industry', codes: ['C'] }, 'met', 'unknown'],
    ['industry by division', { kind: 'industry', codes: ['C39'] }, 'met', 'unknown'],
    ['industry by the class itself', { kind: 'industry', codes: ['I65', 'C3911'] }, 'met', 'unknown'],
    ['industry elsewhere', { kind: 'industry', codes: ['C38', 'I'] }, 'unmet', 'unknown'],
    ['region, the district', { kind: 'region', codes: ['370212'] }, 'met', 'unknown'],
    ['region, the city above', { kind: 'region', codes: ['370200'] }, 'met', 'unknown'],
    ['region, a sibling district', { kind: 'region', codes: ['370211'] }, 'unmet', 'unknown'],
    ['tags any', { kind: 'tags', tagIds: [specialised, highTech], match: 'any' }, 'met', 'unmet'],
    ['tags all', { kind: 'tags', tagIds: [specialised, highTech], match: 'all' }, 'unmet', 'unmet'],
    ['tags all carried', { kind: 'tags', tagIds: [highTech], match: 'all' }, 'met', 'unmet'],
    ['size', { kind: 'sizeClass', classes: ['small', 'micro'] }, 'met', 'unknown'],
    ['size other', { kind: 'sizeClass', classes: ['large'] }, 'unmet', 'unknown'],
    ['age lower bound included', { kind: 'age', minYears: 6 }, 'met', 'unknown'],
    ['age lower bound above', { kind: 'age', minYears: 7 }, 'unmet', 'unknown'],
    ['age upper bound included', { kind: 'age', maxYears: 6 }, 'met', 'unknown'],
    ['age upper bound below', { kind: 'age', minYears: 1, maxYears: 5 }, 'unmet', 'unknown'],
    ['capital bounds included', { kind: 'registeredCapital', minWan: 500, maxWan: 500 }, 'met', 'unknown'],
    ['capital below', { kind: 'registeredCapital', minWan: 500.01 }, 'unmet', 'unknown'],
    ['revenue ≥ included', { kind: 'indicator', indicator: 'revenue', year: { kind: 'fixed', year: 2025 }, comparison: 'gte', value: 5000 }, 'met', 'unknown'],
    ['revenue > excluded', { kind: 'indicator', indicator: 'revenue', year: { kind: 'fixed', year: 2025 }, comparison: 'gt', value: 5000 }, 'unmet', 'unknown'],
    ['R&D ≤ last year', { kind: 'indicator', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, comparison: 'lte', value: 300 }, 'met', 'unknown'],
    ['R&D < last year', { kind: 'indicator', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, comparison: 'lt', value: 300 }, 'unmet', 'unknown'],
    ['a year with no figure', { kind: 'indicator', indicator: 'revenue', year: { kind: 'yearsBack', years: 2 }, comparison: 'gte', value: 0 }, 'unknown', 'unknown'],
    ['an indicator never given', { kind: 'indicator', indicator: 'employees', year: { kind: 'fixed', year: 2025 }, comparison: 'lt', value: 1e9 }, 'unknown', 'unknown'],
    ['on the list', { kind: 'list', listId: winners }, 'met', 'unmet'],
    ['on another list', { kind: 'list', listId: specialised }, 'unmet', 'unmet'],
  ])('%s', (_, condition, withFacts, withoutFacts) => {
    expect(outcome(condition)).toBe(withFacts);
    expect(outcome(condition, lacking)).toBe(withoutFacts);
  });

  it('tells what the enterprise has and what is missing', () => {
    const { conditions } = evaluateRule(
      {
        all: [
          { kind: 'indicator', indicator: 'revenue', year: { kind: 'yearsBack', years: 1 }, comparison: 'gte', value: 8000 },
          { kind: 'indicator', indicator: 'employees', year: { kind: 'yearsBack', years: 1 }, comparison: 'gte', value: 10 },
          { kind: 'age', minYears: 3 },
        ],
      },
      facts,
      { today },
    );
    expect(conditions.map(({ outcome, actual, missing, year }) => ({ outcome, actual, missing, year }))).toEqual([
      { outcome: 'unmet', actual: 5000, missing: false, year: 2025 },
      { outcome: 'unknown', actual: null, missing: true, year: 2025 },
      { outcome: 'met', actual: 6, missing: false, year: undefined },
    ]);
  });
});

describe('three-valued status', () => {
  const met: Condition = { kind: 'sizeClass', classes: ['small'] };
  const unmet: Condition = { kind: 'sizeClass', classes: ['large'] };
  const unknown: Condition = { kind: 'indicator', indicator: 'taxesPaid', year: { kind: 'fixed', year: 2025 }, comparison: 'gte', value: 1 };
  it.each<[string, Condition[], string]>([
    ['no condition', [], 'eligible'],
    ['all met', [met, met], 'eligible'],
    ['met and unknown', [met, unknown], 'possible'],
    ['unmet wins over unknown', [unknown, unmet, met], 'ineligible'],
    ['unmet alone', [unmet], 'ineligible'],
  ])('%s', (_, all, status) => {
    expect(evaluateRule({ all }, facts, { today }).status).toBe(status);
  });

  it('never reads a missing figure as unmet, however demanding the threshold', () => {
    for (const comparison of ['gte', 'gt', 'lte', 'lt'] as const) {
      for (const value of [0, 1, 1e12]) {
        const rule = { all: [{ kind: 'indicator' as const, indicator: 'outputValue' as const, year: { kind: 'fixed' as const, year: 2024 }, comparison, value }] };
        expect(evaluateRule(rule, facts, { today }).status).toBe('possible');
      }
    }
  });
});

describe('age in whole years', () => {
  it.each([
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
    ['2020-02-29', '2024-02-28', 3],
    ['2020-02-29', '2024-02-29', 4],
    ['2019-06-15', '2026-06-14', 6],
    ['2019-06-15', '2026-06-15', 7],
    ['2026-06-16', '2026-06-15', -1],
  ])('founded %s, on %s: %i', (foundedOn, on, years) => {
    expect(wholeYearsSince(foundedOn, on)).toBe(years);
  });

  it('the latest founding day of an age agrees with counting whole years, leap days included', () => {
    for (const on of ['2024-02-29', '2025-02-28', '2025-03-01', '2026-06-15', '2028-02-29']) {
      for (const years of [0, 1, 3, 4, 5]) {
        const cutoff = foundedOnOrBefore(years, on);
        expect(wholeYearsSince(cutoff, on)).toBeGreaterThanOrEqual(years);
        const dayAfter = new Date(Date.parse(`${cutoff}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(wholeYearsSince(dayAfter, on)).toBeLessThan(years);
      }
    }
  });

  it('a leap-day founding counts its first year on 1 March', () => {
    const rule = { all: [{ kind: 'age' as const, minYears: 1 }] };
    const leapling = { ...facts, foundedOn: '2024-02-29' };
    expect(evaluateRule(rule, leapling, { today: '2025-02-28' }).status).toBe('ineligible');
    expect(evaluateRule(rule, leapling, { today: '2025-03-01' }).status).toBe('eligible');
  });
});

describe('amount', () => {
  const share = (capWan?: number): AmountRule => ({ kind: 'share', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, percent: 10, capWan });
  it.each<[string, AmountRule, EnterpriseFacts, number | null]>([
    ['fixed', { kind: 'fixed', amountWan: 50 }, lacking, 50],
    ['nothing countable', { kind: 'none' }, facts, null],
    ['a share', share(), facts, 30],
    ['a share under its cap', share(40), facts, 30],
    ['a share capped', share(20), facts, 20],
    ['a share of a missing figure', share(20), lacking, null],
  ])('%s', (_, rule, of, amountWan) => {
    expect(computeAmount(rule, of, { today }).amountWan).toBe(amountWan);
  });

  it('names the missing figure a share needs', () => {
    expect(computeAmount(share(), lacking, { today })).toEqual({ amountWan: null, missingFigure: { indicator: 'rdSpending', year: 2025 } });
  });
});

it('only an item with conditions is fully checkable', () => {
  expect(isFullyCheckable({ all: [] })).toBe(false);
  expect(isFullyCheckable({ all: [{ kind: 'list', listId: winners }] })).toBe(true);
});
