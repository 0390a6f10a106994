import { sql, type SQL } from 'drizzle-orm';
import type { MonthRange } from './month-range.ts';

/** The instants bounding a month range on Beijing's calendar, as SQL. */
export const rangeStart = (range: MonthRange) => sql`(${`${range.from}-01`}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
export const rangeEnd = (range: MonthRange) => sql`((${`${range.to}-01`}::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/** Whether an instant falls in the range. */
export const inRange = (column: SQL, range: MonthRange) => sql`(${column} >= ${rangeStart(range)} AND ${column} < ${rangeEnd(range)})`;
