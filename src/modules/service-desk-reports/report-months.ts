import { sql, type Column } from 'drizzle-orm';
import { invalidInput } from '../../platform/http/errors.ts';
import { maxMonths, monthsOf, resolveMonthRange, type MonthRange } from '../market-statistics/month-range.ts';

export type { MonthRange };
export { monthsOf };

/** The China months asked for (by default the twelve up to this one); 400 when upside down or longer than five years. */
export function checkReportMonths(query: Partial<MonthRange>, now: Date = new Date()): MonthRange {
  const range = resolveMonthRange(query, now);
  if (range.from > range.to) throw invalidInput([{ field: 'to', message: 'deskReport.rangeOrder' }]);
  if (monthsOf(range).length > maxMonths) throw invalidInput([{ field: 'from', message: 'deskReport.rangeTooLong' }]);
  return range;
}

/** The China month ('YYYY-MM') of an instant column, as SQL. */
export const chinaMonthSql = (column: Column) => sql<string>`to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
