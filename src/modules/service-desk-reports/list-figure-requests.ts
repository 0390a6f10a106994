import { asc, count, desc } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { presentSummary, requestsWithNames } from '../service-desk/request-records.ts';
import { serviceRequests } from '../service-desk/schema.ts';
import { figureCondition } from './report-conditions.ts';
import type { MonthRange } from './report-months.ts';
import type { FigureRequestsQuery } from './schemas.ts';

/**
 * A page of the requests behind one figure of the report, the latest opened first, with the names a list shows.
 * Only readers of every request reach the report (routes.ts), so no narrower scope applies.
 */
export async function listFigureRequests(db: DbOrTx, query: FigureRequestsQuery, range: MonthRange, locale: Locale) {
  const where = figureCondition(query, range);
  const [rows, [totals]] = await Promise.all([
    requestsWithNames(db)
      .where(where)
      .orderBy(desc(serviceRequests.createdAt), asc(serviceRequests.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(serviceRequests).where(where),
  ]);
  return { items: rows.map((row) => presentSummary(row, locale)), total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}
