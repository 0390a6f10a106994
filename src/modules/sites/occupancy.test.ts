import { describe, expect, it } from 'vitest';
import { monthEnd, monthsBetween, occupancyOn, occupancySeries, type LeaseSpan } from './occupancy.ts';

// 1,000 m² of units: three signed leases (one ended) and an intent, which never counts.
const leases: LeaseSpan[] = [
  { area: 200, signedOn: '2026-01-10', openedOn: '2026-03-01', endedOn: null },
  { area: 300, signedOn: '2026-02-01', openedOn: null, endedOn: null },
  { area: 150, signedOn: '2026-01-20', openedOn: '2026-02-15', endedOn: '2026-04-30' },
  { area: 100, signedOn: null, openedOn: null, endedOn: null },
];

describe('occupancy on a day', () => {
  it.each([
    ['2026-01-09', 0, 0, 0, 0],
    ['2026-01-10', 200, 0, 0.2, 0],
    ['2026-01-31', 350, 0, 0.35, 0],
    ['2026-02-15', 650, 150, 0.65, 0.15],
    ['2026-03-01', 650, 350, 0.65, 0.35],
    ['2026-04-29', 650, 350, 0.65, 0.35],
    ['2026-04-30', 500, 200, 0.5, 0.2],
  ])('on %s: %d m² leased, %d m² open', (day, leasedArea, openArea, leasedShare, openShare) => {
    expect(occupancyOn(1000, leases, day)).toEqual({ totalArea: 1000, leasedArea, openArea, leasedShare, openShare });
  });

  it('sums areas with decimals exactly and answers 0 for no area', () => {
    const small = [
      { area: 0.1, signedOn: '2026-01-01', openedOn: null, endedOn: null },
      { area: 0.2, signedOn: '2026-01-01', openedOn: null, endedOn: null },
    ];
    expect(occupancyOn(0.6, small, '2026-01-01')).toMatchObject({ leasedArea: 0.3, leasedShare: 0.5 });
    expect(occupancyOn(0, [], '2026-01-01')).toEqual({ totalArea: 0, leasedArea: 0, openArea: 0, leasedShare: 0, openShare: 0 });
  });
});

describe('occupancy month by month', () => {
  it('reads each month at its end, and the month under way today', () => {
    expect(occupancySeries(1000, leases, '2026-01', '2026-05', '2026-05-15')).toEqual([
      { month: '2026-01', day: '2026-01-31', totalArea: 1000, leasedArea: 350, openArea: 0, leasedShare: 0.35, openShare: 0 },
      { month: '2026-02', day: '2026-02-28', totalArea: 1000, leasedArea: 650, openArea: 150, leasedShare: 0.65, openShare: 0.15 },
      { month: '2026-03', day: '2026-03-31', totalArea: 1000, leasedArea: 650, openArea: 350, leasedShare: 0.65, openShare: 0.35 },
      { month: '2026-04', day: '2026-04-30', totalArea: 1000, leasedArea: 500, openArea: 200, leasedShare: 0.5, openShare: 0.2 },
      { month: '2026-05', day: '2026-05-15', totalArea: 1000, leasedArea: 500, openArea: 200, leasedShare: 0.5, openShare: 0.2 },
    ]);
  });

  it.each([
    ['2025-11', '2026-02', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-03', '2026-03', ['2026-03']],
    ['2026-04', '2026-03', []],
  ])('months from %s to %s', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });

  it.each([
    ['2024-02', '2024-02-29'],
    ['2026-02', '2026-02-28'],
    ['2026-12', '2026-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(monthEnd(month)).toBe(day);
  });
});
