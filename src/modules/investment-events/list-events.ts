import { and, count, desc, eq, gte, ilike, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import { selectEvents } from './event-records.ts';
import { promotionEvents } from './schema.ts';
import type { EventListQuery } from './schemas.ts';

const likePattern = (text: string) => `%${escapeLike(text)}%`;

/** A page of events, newest first (the signing forms' picker reads the first page), filtered by year, kind and text. */
export async function listEvents(db: DbOrTx, query: EventListQuery) {
  const where = and(
    query.year ? gte(promotionEvents.heldOn, `${query.year}-01-01`) : undefined,
    query.year ? lte(promotionEvents.heldOn, `${query.year}-12-31`) : undefined,
    query.kind ? eq(promotionEvents.kind, query.kind) : undefined,
    query.q ? or(ilike(promotionEvents.name, likePattern(query.q)), ilike(promotionEvents.city, likePattern(query.q)), ilike(promotionEvents.venue, likePattern(query.q))) : undefined,
  );
  const [items, [total]] = await Promise.all([
    selectEvents(db, where)
      .orderBy(desc(promotionEvents.heldOn), desc(promotionEvents.createdAt), desc(promotionEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(promotionEvents).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}
