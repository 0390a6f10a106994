import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { presentSummary, requestsWithNames } from './request-records.ts';
import { visibleRequests, type RequestScope } from './request-policy.ts';
import { windowRequests } from './schema.ts';
import type { RequestListQuery } from './schemas.ts';

const queueOrder = sql`CASE ${windowRequests.state} WHEN 'open' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END`;

/** A page of the requests the caller may see: the staff's queue (waiting longest first) or the latest changed. */
export async function listRequests(db: DbOrTx, scope: RequestScope, query: RequestListQuery & { locale: Locale }) {
  const conditions: (SQL | undefined)[] = [visibleRequests(scope)];
  if (query.windowCode) conditions.push(eq(windowRequests.windowCode, query.windowCode));
  if (query.state) conditions.push(eq(windowRequests.state, query.state));
  if (query.q) {
    const pattern = `%${normalizeKey(query.q).replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(sql`(${ilike(windowRequests.searchText, pattern)} OR ${ilike(windowRequests.reference, pattern)})`);
  }
  const where = and(...conditions);
  const order = query.order === 'queue' ? [queueOrder, asc(windowRequests.createdAt)] : [desc(windowRequests.updatedAt)];
  const rows = await requestsWithNames(db)
    .where(where)
    .orderBy(...order, asc(windowRequests.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(windowRequests).where(where);
  return { items: rows.map((row) => presentSummary(row, query.locale)), total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}
