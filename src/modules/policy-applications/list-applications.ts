import { and, count, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { visibleApplications, type ApplicationScope } from './application-policy.ts';
import { summaryColumns, summaryOf } from './application-records.ts';
import { policyApplications } from './schema.ts';
import type { ApplicationListQuery, ApplicationSummary } from './schemas.ts';

/**
 * A page of the applications the reader reaches (the office every one, an enterprise user its own), filtered by
 * state, item, enterprise or being overdue; the most urgent first (nearest due), then the latest.
 */
export async function listApplications(
  db: Db,
  scope: ApplicationScope,
  query: ApplicationListQuery,
): Promise<{ items: ApplicationSummary[]; total: number; page: number; pageSize: number }> {
  const now = new Date();
  const where = and(
    visibleApplications(scope),
    query.state ? eq(policyApplications.state, query.state) : undefined,
    query.itemId ? eq(policyApplications.itemId, query.itemId) : undefined,
    query.enterpriseId ? eq(policyApplications.enterpriseId, query.enterpriseId) : undefined,
    // Only a running clock has a due instant (application-clock.ts), so being overdue is being past it.
    query.overdue === true ? lte(policyApplications.dueAt, now) : undefined,
    query.overdue === false ? or(isNull(policyApplications.dueAt), gt(policyApplications.dueAt, now)) : undefined,
  );
  const rows = await db
    .select(summaryColumns)
    .from(policyApplications)
    .innerJoin(policyBenefitItems, eq(policyBenefitItems.id, policyApplications.itemId))
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(where)
    .orderBy(sql`${policyApplications.dueAt} ASC NULLS LAST`, desc(policyApplications.updatedAt), desc(policyApplications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(policyApplications).where(where);
  return { items: rows.map((row) => summaryOf(row, now)), total: total!.n, page: query.page, pageSize: query.pageSize };
}
