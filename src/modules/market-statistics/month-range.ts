import { addMonths, chinaMonthOf } from '../../platform/calendar/china-month.ts';

/** A span of calendar months, 'YYYY-MM' to 'YYYY-MM', both included. */
export interface MonthRange {
  from: string;
  to: string;
}

/** The longest span asked for at once: five years of months. */
export const maxMonths = 60;

/** The current month on Beijing's calendar, which the district works by whatever the server's clock says. */
export const beijingMonth = chinaMonthOf;

export { addMonths };

/** Every month of the range in order; empty when `from` comes after `to`. */
export function monthsOf(range: MonthRange): string[] {
  const months: string[] = [];
  for (let month = range.from; month <= range.to && months.length <= maxMonths; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The range asked for, or the twelve months up to the current one. */
export function resolveMonthRange(query: Partial<MonthRange>, now: Date): MonthRange {
  const to = query.to ?? (query.from ? addMonths(query.from, 11) : beijingMonth(now));
  const from = query.from ?? addMonths(to, -11);
  return { from, to };
}
