import { and, count, desc, eq, gte, ilike, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { auditEvents } from './schema.ts';
import { escapeLike } from '../db/escape-like.ts';

export interface AuditQuery {
  entityType?: string;
  /** One record, or several (e.g. an enterprise and the duplicates merged into it). */
  entityIds?: string[];
  /** Part of the actor's name, in any case. */
  actor?: string;
  action?: string;
  /** From this instant on, and before `to`. */
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}


/** The audit log, newest first: one record's history, or every event matching the filters. */
export async function listAuditEvents(db: DbOrTx, query: AuditQuery) {
  const conditions: (SQL | undefined)[] = [
    query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
    query.entityIds ? inArray(auditEvents.entityId, query.entityIds) : undefined,
    query.actor ? ilike(auditEvents.actorName, `%${escapeLike(query.actor)}%`) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.from ? gte(auditEvents.at, query.from) : undefined,
    query.to ? lt(auditEvents.at, query.to) : undefined,
  ];
  const where = and(...conditions);
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
