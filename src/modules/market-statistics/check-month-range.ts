import { invalidInput } from '../../platform/http/errors.ts';
import { maxMonths, monthsOf, resolveMonthRange, type MonthRange } from './month-range.ts';

/** The range asked for (or the last twelve months), refused with a field message when upside down or too long. */
export function checkMonthRange(query: Partial<MonthRange>, now: Date): MonthRange {
  const range = resolveMonthRange(query, now);
  if (range.from > range.to) throw invalidInput([{ field: 'to', message: 'marketStatistics.rangeOrder' }]);
  if (monthsOf(range).length > maxMonths) throw invalidInput([{ field: 'from', message: 'marketStatistics.rangeTooLong' }]);
  return range;
}
