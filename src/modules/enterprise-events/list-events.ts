import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import { statusCountsOf } from './event-records.ts';
import { enterpriseEvents as events } from './schema.ts';
import type { EventListQuery } from './schemas.ts';

/** A page of events, the latest start first, by kind, state and text, each with its firms counted by status. */
export async function listEnterpriseEvents(db: DbOrTx, query: EventListQuery) {
  const pattern = query.q ? `%${escapeLike(query.q)}%` : undefined;
  const where = and(
    query.kind ? eq(events.kind, query.kind) : undefined,
    query.state ? eq(events.state, query.state) : undefined,
    pattern ? or(ilike(events.title, pattern), ilike(events.organiser, pattern), ilike(events.place, pattern)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(where)
      .orderBy(desc(events.startsOn), desc(events.createdAt), desc(events.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(events).where(where),
  ]);
  const counts = await statusCountsOf(db, rows.map((row) => row.id));
  return { items: rows.map(({ createdById: _, ...event }) => ({ ...event, counts: counts.get(event.id)! })), total: total!.n, page: query.page, pageSize: query.pageSize };
}
