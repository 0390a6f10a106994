import { describe, expect, it } from 'vitest';
import { addMonths, beijingMonth, monthsOf, resolveMonthRange } from './month-range.ts';

describe('month ranges', () => {
  it.each([
    ['2026-11-30T15:59:59Z', '2026-11'],
    // Midnight in Beijing is 16:00 UTC the day before.
    ['2026-11-30T16:00:00Z', '2026-12'],
    ['2026-12-31T16:00:00Z', '2027-01'],
  ])('reads %s as the Beijing month %s', (instant, month) => {
    expect(beijingMonth(new Date(instant))).toBe(month);
  });

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-05', -11, '2025-06'],
    ['2024-02', 12, '2025-02'],
  ])('moves %s by %i months to %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it('lists every month of a range, none when it is upside down', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-03', to: '2026-02' })).toEqual([]);
  });

  it('defaults to the twelve months up to now, or from a given start', () => {
    const now = new Date('2026-12-05T02:00:00Z');
    expect(resolveMonthRange({}, now)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(resolveMonthRange({ from: '2025-03' }, now)).toEqual({ from: '2025-03', to: '2026-02' });
    expect(resolveMonthRange({ to: '2025-06' }, now)).toEqual({ from: '2024-07', to: '2025-06' });
  });
});
