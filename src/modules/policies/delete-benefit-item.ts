import { and, count, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { AppError } from '../../platform/http/errors.ts';
import { findBenefitItem } from './find-benefit-item.ts';
import { getPolicy } from './get-policy.ts';
import type { PolicyActor } from './policy-access.ts';
import { policies, policyBenefitItems } from './schema.ts';
import type { PolicyDetail } from './schemas.ts';

/** Removes a benefit item; a published policy keeps at least one (withdraw it instead). */
export async function deleteBenefitItem(db: Db, actor: PolicyActor, policyId: string, itemId: string, locale: Locale): Promise<PolicyDetail> {
  await db.transaction(async (tx) => {
    const { policy, item } = await findBenefitItem(tx, actor, policyId, itemId);
    const [items] = await tx.select({ n: count() }).from(policyBenefitItems).where(eq(policyBenefitItems.policyId, policyId));
    if (policy.state === 'published' && items!.n <= 1) throw new AppError(409, 'policy.publishNeedsItem');
    await tx.delete(policyBenefitItems).where(and(eq(policyBenefitItems.id, itemId), eq(policyBenefitItems.policyId, policyId)));
    await tx.update(policies).set({ updatedAt: new Date() }).where(eq(policies.id, policyId));
    await recordAudit(tx, actor, { entityType: 'policyBenefitItem', entityId: itemId, action: 'delete', before: { policyId, title: item.title, rule: item.rule } });
  });
  return getPolicy(db, actor, policyId, locale);
}
