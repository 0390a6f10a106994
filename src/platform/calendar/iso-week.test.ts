import { describe, expect, it } from 'vitest';
import { addDays, daysOfIsoWeek, isoWeekOf } from './iso-week.ts';

describe('ISO weeks', () => {
  it.each([
    ['2026-12-07', '2026-W50'],
    ['2026-12-06', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    // The first days of a year can belong to the last week of the year before, and the last days to the next.
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  it.each([
    ['2026-W50', '2026-12-07', '2026-12-13'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
  ])('%s runs from %s to %s', (week, first, last) => {
    const days = daysOfIsoWeek(week)!;
    expect([days.length, days[0], days[6]]).toEqual([7, first, last]);
  });

  it.each(['2025-W53', '2026-W54', '2026-W00', '2026-50', 'last week'])('%s is no week', (week) => {
    expect(daysOfIsoWeek(week)).toBeNull();
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
