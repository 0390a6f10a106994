import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { enterpriseUserIds } from '../../../platform/auth/enterprise-users.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { policies, policyBenefitItems, policyEligibility } from '../schema.ts';

export type PushContext = Pick<AppContext, 'jobs' | 'config'>;

/**
 * Tells the users of each enterprise that has become eligible for an item, once: marking the rows notified and
 * choosing them is one UPDATE, so that of two runs at once the second waits for the first's row locks and finds them
 * marked. Only eligible rows are news; a possible one becomes news when the missing fact is given and fits.
 */
export async function notifyNewlyEligible(tx: Tx, ctx: PushContext, scope: { itemId: string } | { enterpriseId: string }): Promise<number> {
  const rows = await tx
    .update(policyEligibility)
    .set({ notifiedAt: sql`now()` })
    .where(
      and(
        'itemId' in scope ? eq(policyEligibility.itemId, scope.itemId) : eq(policyEligibility.enterpriseId, scope.enterpriseId),
        eq(policyEligibility.status, 'eligible'),
        isNull(policyEligibility.notifiedAt),
      ),
    )
    .returning({ itemId: policyEligibility.itemId, enterpriseId: policyEligibility.enterpriseId });
  if (!rows.length) return 0;
  const items = await tx
    .select({ id: policyBenefitItems.id, title: policyBenefitItems.title, policyTitle: policies.title })
    .from(policyBenefitItems)
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(inArray(policyBenefitItems.id, [...new Set(rows.map((row) => row.itemId))]));
  const titles = new Map(items.map((item) => [item.id, item]));
  for (const row of rows) {
    const item = titles.get(row.itemId)!;
    await notify(tx, ctx, {
      userIds: await enterpriseUserIds(tx, row.enterpriseId),
      kind: 'policy.fit',
      message: 'policy.fit.newlyEligible',
      params: { policy: item.policyTitle, item: item.title },
      link: '/policies/for-me',
      record: { kind: 'policyBenefitItem', id: row.itemId },
    });
  }
  return rows.length;
}
