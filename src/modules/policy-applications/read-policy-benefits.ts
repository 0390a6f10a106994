import { count, desc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { enterpriseFamily } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseScope } from '../enterprises/enterprise-scope.ts';
import { payoutViewOf, selectPayouts } from './application-records.ts';
import { policyPayouts } from './schema.ts';
import type { PayoutView } from './schemas.ts';

/**
 * What an enterprise has received under policies (惠企政策): the total, the total and count by year of payment,
 * and a page of the payouts, newest first. An enterprise user reads only its own (404 for any other id).
 */
export async function readPolicyBenefits(
  db: Db,
  scope: EnterpriseScope,
  enterpriseId: string,
  page: { page: number; pageSize: number },
): Promise<{ totalWan: number; byYear: { year: number; amountWan: number; count: number }[]; payouts: { items: PayoutView[]; total: number; page: number; pageSize: number } }> {
  const ids = await enterpriseFamily(db, scope, enterpriseId);
  const mine = inArray(policyPayouts.enterpriseId, ids);
  const year = sql<number>`extract(year from ${policyPayouts.paidOn})::int`;
  const byYear = await db
    .select({ year, amountWan: sql<number>`sum(${policyPayouts.amountWan})::float8`, count: count() })
    .from(policyPayouts)
    .where(mine)
    .groupBy(year)
    .orderBy(desc(year));
  const rows = await selectPayouts(db)
    .where(mine)
    .orderBy(desc(policyPayouts.paidOn), desc(policyPayouts.createdAt), desc(policyPayouts.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return {
    // Amounts are kept to 0.0001 万元; adding floats must not show more digits than that.
    totalWan: Math.round(byYear.reduce((sum, y) => sum + y.amountWan, 0) * 10_000) / 10_000,
    byYear,
    payouts: { items: rows.map(payoutViewOf), total: byYear.reduce((sum, y) => sum + y.count, 0), page: page.page, pageSize: page.pageSize },
  };
}
