import { chinaToday } from '../../platform/calendar/china-day.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { monthsBetween } from '../sites/occupancy.ts';

/** Beijing calendar days, both included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The longest period read at once: five years of months. */
export const maxReportMonths = 60;

/** The period asked for, this year (Beijing time) by default; 400 when upside down or longer than five years. */
export function checkReportPeriod(query: { from?: string; to?: string }, today: string = chinaToday()): ReportPeriod {
  const year = (query.to ?? query.from ?? today).slice(0, 4);
  const period = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
  if (period.from > period.to) throw invalidInput([{ field: 'to', message: 'projectReport.periodOrder' }]);
  if (monthsOf(period).length > maxReportMonths) throw invalidInput([{ field: 'from', message: 'projectReport.periodTooLong' }]);
  return period;
}

/** The months ('YYYY-MM') the period touches. */
export const monthsOf = (period: ReportPeriod) => monthsBetween(period.from.slice(0, 7), period.to.slice(0, 7));
