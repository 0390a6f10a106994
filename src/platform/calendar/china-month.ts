import { chinaDayOf } from './china-day.ts';

/**
 * Calendar months in China (`YYYY-MM`), the unit of monthly figures: the month of an instant, month arithmetic,
 * and a month's first and last China days.
 */
export const chinaMonthOf = (at: Date): string => chinaDayOf(at).slice(0, 7);

export const chinaThisMonth = (): string => chinaMonthOf(new Date());

/** A month as `YYYY-MM`, January to December. */
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month `count` months after (or, negative, before) the given one. */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 + count, 1));
  return date.toISOString().slice(0, 7);
}

/** The first and last calendar days of a month, as `YYYY-MM-DD`. */
export function daysOfMonth(month: string): { first: string; last: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
}
