import { and, count, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import { guideStatusCondition, readGuideClock } from './guide-deadline.ts';
import { visiblePolicies, type PolicyReader } from './policy-access.ts';
import { readPolicySummaries } from './policy-records.ts';
import { policies } from './schema.ts';
import type { PolicyListQuery, PolicySummary } from './schemas.ts';

/**
 * A page of the policies the reader sees, latest issued first: filtered by level, state (staff), issuer and the
 * guide's status, and searched within title, document number and issuer.
 */
export async function listPolicies(db: Db, user: PolicyReader, query: PolicyListQuery): Promise<{ items: PolicySummary[]; total: number; page: number; pageSize: number }> {
  const clock = await readGuideClock(db);
  const q = query.q ? `%${escapeLike(query.q)}%` : '';
  const where = and(
    visiblePolicies(user),
    query.level ? eq(policies.level, query.level) : undefined,
    query.state ? eq(policies.state, query.state) : undefined,
    query.issuer ? ilike(policies.issuer, `%${escapeLike(query.issuer)}%`) : undefined,
    query.guide ? guideStatusCondition(query.guide, clock.now, clock.soon) : undefined,
    q ? or(ilike(policies.title, q), ilike(policies.documentNumber, q), ilike(policies.issuer, q)) : undefined,
  );
  const [items, [total]] = await Promise.all([
    readPolicySummaries(db, where, clock, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ n: count() }).from(policies).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}
