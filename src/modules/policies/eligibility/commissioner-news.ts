import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { enterprisesLinkedTo } from '../../key-enterprises/key-enterprise-links.ts';
import { policies, policyBenefitItems, policyEligibility } from '../schema.ts';

/** How far back the commissioner's card looks for enterprises that became eligible. */
const recentDays = 30;

/**
 * For a policy commissioner (政策专员), the items their enterprises became eligible for in the last 30 days, newest
 * first: the enterprises to call and help apply. The links are the key-enterprises module's; only commissioner links
 * count (a leader's link is not a commissioner's duty).
 */
export async function newlyEligibleForCommissioner(db: DbOrTx, userId: string, now: Date = new Date()) {
  const linked = (await enterprisesLinkedTo(db, userId)).filter((link) => link.role === 'commissioner').map((link) => link.enterpriseId);
  if (!linked.length) return { items: [] };
  const items = await db
    .select({
      enterpriseId: policyEligibility.enterpriseId,
      enterpriseName: enterprises.name,
      itemId: policyBenefitItems.id,
      itemTitle: policyBenefitItems.title,
      policyId: policies.id,
      policyTitle: policies.title,
      since: policyEligibility.firstSeenAt,
    })
    .from(policyEligibility)
    .innerJoin(enterprises, eq(enterprises.id, policyEligibility.enterpriseId))
    .innerJoin(policyBenefitItems, eq(policyBenefitItems.id, policyEligibility.itemId))
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(
      and(
        inArray(policyEligibility.enterpriseId, linked),
        eq(policyEligibility.status, 'eligible'),
        eq(policies.state, 'published'),
        gte(policyEligibility.firstSeenAt, new Date(now.getTime() - recentDays * 86_400_000)),
      ),
    )
    .orderBy(desc(policyEligibility.firstSeenAt), enterprises.name)
    .limit(50);
  return { items };
}
