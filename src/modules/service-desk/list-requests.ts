import { and, asc, count, desc, eq, ilike, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { visibleRequests, type RequestScope } from './request-policy.ts';
import { presentSummary, requestsWithNames } from './request-records.ts';
import { openStates } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';
import type { Queue, RequestListQuery } from './schemas.ts';

const priorityOrder = sql`CASE ${serviceRequests.priority} WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;

/** The condition of a queue, within what the scope already allows. */
function queueCondition(queue: Queue, scope: RequestScope, userId: string): SQL | undefined {
  switch (queue) {
    case 'mine':
      return eq(serviceRequests.ownerId, userId);
    case 'team':
      // A reader of all has no teams of their own here; their "team" queue is every routed request.
      if (scope.kind === 'agent') return scope.teams.teamIds.length ? inArray(serviceRequests.teamId, [...scope.teams.teamIds]) : sql`false`;
      return sql`${serviceRequests.teamId} IS NOT NULL`;
    case 'unassigned':
      return isNull(serviceRequests.teamId);
    case 'all':
      return undefined;
    // From the instants stored on each write (refresh-request-sla.ts): null once met, paused or done.
    case 'at_risk':
      return sql`((${serviceRequests.slaResponseWarnAt} <= now() AND ${serviceRequests.slaResponseDueAt} > now())
        OR (${serviceRequests.slaResolutionWarnAt} <= now() AND ${serviceRequests.slaResolutionDueAt} > now()))`;
    case 'breached':
      return sql`(${serviceRequests.slaResponseDueAt} <= now() OR ${serviceRequests.slaResolutionDueAt} <= now())`;
  }
}

/**
 * A page of the requests the caller may see, in a queue: the staff's queues the open ones most urgent and oldest
 * first; an enterprise's (or an investor's own) list its latest first.
 */
export async function listRequests(db: DbOrTx, scope: RequestScope, userId: string, query: RequestListQuery & { locale: Locale }) {
  const conditions: (SQL | undefined)[] = [visibleRequests(scope), queueCondition(query.queue, scope, userId)];
  if (query.enterpriseId) conditions.push(eq(serviceRequests.enterpriseId, query.enterpriseId));
  if (query.state) conditions.push(eq(serviceRequests.state, query.state));
  if (query.open) conditions.push(inArray(serviceRequests.state, [...openStates]));
  if (query.q) {
    const pattern = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(sql`(${ilike(serviceRequests.description, pattern)} OR ${ilike(serviceRequests.reference, pattern)})`);
  }
  const where = and(...conditions);
  const nearestDue = sql`least(${serviceRequests.slaResponseDueAt}, ${serviceRequests.slaResolutionDueAt})`;
  const order =
    query.queue === 'all' && (scope.kind === 'enterprise' || scope.kind === 'own')
      ? [desc(serviceRequests.createdAt)]
      : query.queue === 'at_risk' || query.queue === 'breached'
        ? [asc(nearestDue), priorityOrder]
        : [priorityOrder, asc(serviceRequests.createdAt)];
  const rows = await requestsWithNames(db)
    .where(where)
    .orderBy(...order, asc(serviceRequests.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(serviceRequests).where(where);
  return { items: rows.map((row) => presentSummary(row, query.locale)), total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}
