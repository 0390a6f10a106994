import { describe, expect, it } from 'vitest';
import { backlogAgeOf, countByAge } from './backlog-age.ts';
import { attainmentBy, attainmentOf, ratingsBy } from './report-counting.ts';

describe('backlog age buckets', () => {
  it.each([
    [0, 'underDay'],
    [1, 'days1to3'],
    [2, 'days1to3'],
    [3, 'days3to7'],
    [6, 'days3to7'],
    [7, 'days7to30'],
    [29, 'days7to30'],
    [30, 'over30'],
    [400, 'over30'],
  ] as const)('puts %i whole days in %s', (days, bucket) => {
    expect(backlogAgeOf(days)).toBe(bucket);
  });

  it('sums the counts per day of age into every bucket, the empty ones as 0', () => {
    expect(
      countByAge([
        { days: 0, count: 2 },
        { days: 2, count: 1 },
        { days: 1, count: 3 },
        { days: 45, count: 1 },
      ]),
    ).toEqual({ underDay: 2, days1to3: 4, days3to7: 0, days7to30: 0, over30: 1 });
  });
});

describe('SLA attainment', () => {
  it.each([
    [0, 0, null],
    [3, 0, 1],
    [0, 2, 0],
    [2, 1, 0.6667],
    [1, 7, 0.125],
  ])('of %i met and %i breached is %s', (met, breached, share) => {
    expect(attainmentOf(met, breached)).toEqual({ met, breached, shareMet: share });
  });

  it('counts each target apart within each group', () => {
    const rows = [
      { team: 'a', target: 'response', outcome: 'met', count: 3 },
      { team: 'a', target: 'response', outcome: 'breached', count: 1 },
      { team: 'a', target: 'resolution', outcome: 'met', count: 2 },
      { team: 'b', target: 'resolution', outcome: 'breached', count: 4 },
      { team: 'a', target: 'response', outcome: 'met', count: 1 },
    ] as const;
    const byTeam = attainmentBy(rows, (row) => row.team);
    expect(byTeam.get('a')).toEqual({ response: { met: 4, breached: 1, shareMet: 0.8 }, resolution: { met: 2, breached: 0, shareMet: 1 } });
    expect(byTeam.get('b')).toEqual({ response: { met: 0, breached: 0, shareMet: null }, resolution: { met: 0, breached: 4, shareMet: 0 } });
  });
});

describe('satisfaction', () => {
  it('counts, averages to two decimals and distributes the ratings of each group', () => {
    const rows = [
      { month: '2026-01', rating: 5, count: 2 },
      { month: '2026-01', rating: 4, count: 1 },
      { month: '2026-02', rating: 1, count: 1 },
      { month: '2026-02', rating: 2, count: 2 },
    ];
    const byMonth = ratingsBy(rows, (row) => row.month);
    expect(byMonth.get('2026-01')).toEqual({ count: 3, mean: 4.67, ratings: [0, 0, 0, 1, 2] });
    expect(byMonth.get('2026-02')).toEqual({ count: 3, mean: 1.67, ratings: [1, 2, 0, 0, 0] });
    expect(ratingsBy(rows, () => 'all').get('all')).toEqual({ count: 6, mean: 3.17, ratings: [1, 2, 0, 1, 2] });
    expect(ratingsBy([], () => 'all').size).toBe(0);
  });
});
