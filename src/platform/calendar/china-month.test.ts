import { describe, expect, it } from 'vitest';
import { addMonths, chinaMonthOf, daysOfMonth, monthPattern } from './china-month.ts';

describe('China months', () => {
  it.each([
    ['2026-11-30T15:59:59Z', '2026-11'],
    // Midnight in China is 16:00 UTC the day before.
    ['2026-11-30T16:00:00Z', '2026-12'],
    ['2026-12-31T16:00:00Z', '2027-01'],
  ])('reads %s as the China month %s', (instant, month) => {
    expect(chinaMonthOf(new Date(instant))).toBe(month);
  });

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2024-02', 12, '2025-02'],
  ])('moves %s by %i months to %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it.each([
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2026-04', '2026-04-01', '2026-04-30'],
  ])('names the first and last days of %s', (month, first, last) => {
    expect(daysOfMonth(month)).toEqual({ first, last });
  });

  it('accepts only real months', () => {
    expect(['2026-01', '2026-12'].every((m) => monthPattern.test(m))).toBe(true);
    expect(['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01'].some((m) => monthPattern.test(m))).toBe(false);
  });
});
