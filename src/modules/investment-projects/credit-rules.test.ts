import { describe, expect, it } from 'vitest';
import { creditProblems, effectiveCredits, largestRemainder, periodDays, rankCredits } from './credit-rules.ts';

const user = (userId: string, percent: number) => ({ userId, teamId: null, percent });
const team = (teamId: string, percent: number) => ({ userId: null, teamId, percent });

describe('creditProblems', () => {
  it.each([
    ['one officer, all of it', [user('a', 100)], []],
    ['33/33/34', [user('a', 33), user('b', 33), team('t', 34)], []],
    ['short of 100', [user('a', 50), user('b', 49)], [{ field: 'credits', message: 'project.credit.sumNot100' }]],
    ['over 100', [user('a', 60), user('b', 50)], [{ field: 'credits', message: 'project.credit.sumNot100' }]],
    ['the same officer twice', [user('a', 50), user('a', 50)], [{ field: 'credits.1', message: 'project.credit.duplicate' }]],
    ['an officer and a team of the same id are different holders', [user('x', 50), team('x', 50)], []],
    ['neither officer nor team', [{ userId: null, teamId: null, percent: 100 }], [{ field: 'credits.0', message: 'project.credit.holderRequired' }]],
    ['both officer and team', [{ userId: 'a', teamId: 't', percent: 100 }], [{ field: 'credits.0', message: 'project.credit.holderRequired' }]],
  ])('%s', (_, shares, problems) => {
    expect(creditProblems(shares)).toEqual(problems);
  });
});

describe('effectiveCredits (the default rule)', () => {
  it.each([
    ['shares set win', [user('a', 60), team('t', 40)], { managerId: 'm', teamId: 't' }, [user('a', 60), team('t', 40)]],
    ['all to the manager', [], { managerId: 'm', teamId: 't' }, [user('m', 100)]],
    ['all to the team without a manager', [], { managerId: null, teamId: 't' }, [team('t', 100)]],
    ['nobody without either', [], { managerId: null, teamId: null }, []],
  ])('%s', (_, set, project, credits) => {
    expect(effectiveCredits(set, project)).toEqual(credits);
  });
});

describe('largestRemainder', () => {
  it.each([
    ['exact parts stay', [['a', 5000n], ['b', 5000n]], 100n, 100n, { a: 50n, b: 50n }],
    ['one unit left goes to the largest remainder', [['a', 3333n], ['b', 3333n], ['c', 3334n]], 100n, 100n, { a: 33n, b: 33n, c: 34n }],
    ['ties go to the earlier key', [['a', 50n], ['b', 50n]], 1n, 100n, { a: 1n, b: 0n }],
    ['of equal remainders, the larger share first', [['a', 50n], ['b', 150n]], 2n, 100n, { a: 0n, b: 2n }],
    ['two units left go to the two largest remainders', [['a', 3366n], ['b', 3367n], ['c', 3267n]], 100n, 100n, { a: 33n, b: 34n, c: 33n }],
  ] as const)('%s', (_, exact, total, denominator, parts) => {
    expect(Object.fromEntries(largestRemainder(new Map(exact), total, denominator))).toEqual(parts);
  });
});

describe('rankCredits', () => {
  const sum = (values: number[]) => Math.round(values.reduce((s, v) => s + v * 100, 0)) / 100;
  it.each([
    ['one project 33/33/34 of an amount that does not divide', [{ countedWan: 1000.5, credits: [{ key: 'a', percent: 33 }, { key: 'b', percent: 33 }, { key: 'c', percent: 34 }] }]],
    [
      'many small amounts split three ways',
      Array.from({ length: 7 }, (_, i) => ({ countedWan: 0.01 * (i + 1), credits: [{ key: 'a', percent: 33 }, { key: 'b', percent: 33 }, { key: 'c', percent: 34 }] })),
    ],
    ['a project credited to nobody', [{ countedWan: 12.34, credits: [] }, { countedWan: 99.99, credits: [{ key: 'a', percent: 100 }] }]],
  ])('adds up exactly: %s', (_, projects) => {
    const rows = rankCredits(projects, 'none');
    expect(sum(rows.map((r) => r.projects))).toBe(projects.length);
    expect(sum(rows.map((r) => r.amountWan))).toBe(sum(projects.map((p) => p.countedWan)));
  });

  it('gives the same split whatever the order of the projects', () => {
    const projects = [
      { countedWan: 1000.5, credits: [{ key: 'b', percent: 33 }, { key: 'a', percent: 33 }, { key: 'c', percent: 34 }] },
      { countedWan: 0.05, credits: [{ key: 'c', percent: 50 }, { key: 'b', percent: 50 }] },
    ];
    const byKey = (rows: ReturnType<typeof rankCredits>) => Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey(rankCredits(projects, 'none'))).toEqual(byKey(rankCredits([...projects].reverse(), 'none')));
  });

  it('splits 1000.50 万元 33/33/34 as 330.17, 330.16, 340.17', () => {
    const rows = rankCredits([{ countedWan: 1000.5, credits: [{ key: 'a', percent: 33 }, { key: 'b', percent: 33 }, { key: 'c', percent: 34 }] }], 'none');
    expect(rows).toEqual([
      { key: 'a', projects: 0.33, amountWan: 330.17 },
      { key: 'b', projects: 0.33, amountWan: 330.16 },
      { key: 'c', projects: 0.34, amountWan: 340.17 },
    ]);
  });
});

describe('periodDays', () => {
  it.each([
    ['2026', { from: '2026-01-01', to: '2026-12-31' }],
    ['2026-Q1', { from: '2026-01-01', to: '2026-03-31' }],
    ['2026-Q4', { from: '2026-10-01', to: '2026-12-31' }],
    ['2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['2026-13', null],
    ['2026-Q5', null],
    ['26', null],
  ])('%s', (period, days) => {
    expect(periodDays(period)).toEqual(days);
  });
});
