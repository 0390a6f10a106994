import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { serviceRequests } from '../service-desk/schema.ts';
import { countedRequests, inMonths } from './report-conditions.ts';
import { chinaMonthSql, monthsOf, type MonthRange } from './report-months.ts';
import type { CreatedResolvedReport, DeskReportQuery } from './schemas.ts';

/**
 * Requests opened and requests resolved in each China month of the range. A request counts as resolved in the month
 * of its last resolution (a reopening clears it until it is resolved again), so a month's resolved are not
 * necessarily among its created.
 */
export async function readCreatedResolved(db: DbOrTx, range: MonthRange, filters: DeskReportQuery): Promise<CreatedResolvedReport> {
  const counted = countedRequests(filters);
  const perMonth = (column: typeof serviceRequests.createdAt | typeof serviceRequests.resolvedAt) =>
    db.execute<{ month: string; count: number }>(sql`
      SELECT ${chinaMonthSql(column)} AS month, count(*)::int AS count
      FROM ${serviceRequests}
      WHERE ${counted} AND ${inMonths(column, range)}
      GROUP BY 1`);
  const [created, resolved] = await Promise.all([perMonth(serviceRequests.createdAt), perMonth(serviceRequests.resolvedAt)]);
  const countIn = (rows: { month: string; count: number }[], month: string) => rows.find((row) => row.month === month)?.count ?? 0;
  const months = monthsOf(range).map((month) => ({ month, created: countIn(created.rows, month), resolved: countIn(resolved.rows, month) }));
  return {
    range,
    total: { created: months.reduce((sum, row) => sum + row.created, 0), resolved: months.reduce((sum, row) => sum + row.resolved, 0) },
    months,
  };
}
