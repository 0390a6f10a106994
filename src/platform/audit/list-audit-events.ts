import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { auditEvents } from './schema.ts';

export interface AuditQuery {
  entityType: string;
  /** One record, or several (e.g. an enterprise and the duplicates merged into it). */
  entityIds: string[];
  page: number;
  pageSize: number;
}

export async function listAuditEvents(db: DbOrTx, query: AuditQuery) {
  const where = and(eq(auditEvents.entityType, query.entityType), inArray(auditEvents.entityId, query.entityIds));
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}
