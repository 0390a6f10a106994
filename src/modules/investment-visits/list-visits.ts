import { and, count, eq, gte, like, lte, sql } from 'drizzle-orm';
import { daysOfMonth } from '../../platform/calendar/china-month.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { enterprises } from '../enterprises/schema.ts';
import { visitConcerns, visits } from './schema.ts';
import type { VisitListQuery, VisitSummary } from './schemas.ts';
import { visibleVisits, type VisitUser } from './visit-policy.ts';
import { readVisits } from './visit-records.ts';

/** A page of the visits the user sees, the latest first, filtered by team, officer, month, concern, enterprise or trip. */
export async function listVisits(db: DbOrTx, user: VisitUser, query: VisitListQuery): Promise<{ items: VisitSummary[]; total: number; page: number; pageSize: number }> {
  const month = query.month ? daysOfMonth(query.month) : null;
  const q = query.q ? normalizeKey(query.q) : '';
  const where = and(
    visibleVisits(user),
    query.teamId ? eq(visits.teamId, query.teamId) : undefined,
    query.officerId ? eq(visits.officerId, query.officerId) : undefined,
    month ? and(gte(visits.visitedOn, month.first), lte(visits.visitedOn, month.last)) : undefined,
    query.concern ? sql`EXISTS (SELECT 1 FROM ${visitConcerns} WHERE ${visitConcerns.visitId} = ${visits.id} AND ${visitConcerns.tag} = ${query.concern})` : undefined,
    query.enterpriseId ? eq(visits.enterpriseId, query.enterpriseId) : undefined,
    query.tripId ? eq(visits.tripId, query.tripId) : undefined,
    q ? like(enterprises.searchText, `%${escapeLike(q)}%`) : undefined,
  );
  const [items, [total]] = await Promise.all([
    readVisits(db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db
      .select({ n: count() })
      .from(visits)
      .innerJoin(enterprises, eq(enterprises.id, visits.enterpriseId))
      .where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}
