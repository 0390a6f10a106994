import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { checkBenefitItem } from './check-benefit-item.ts';
import { queueItemRefresh } from './eligibility/push-jobs.ts';
import { findBenefitItem } from './find-benefit-item.ts';
import { getPolicy } from './get-policy.ts';
import type { PolicyActor } from './policy-access.ts';
import { policies, policyBenefitItems } from './schema.ts';
import type { PolicyDetail, UpdateBenefitItemInput } from './schemas.ts';

/** Changes a benefit item: its title, kind, delivery, rule, amount rule, files or description, checked as a whole. */
export async function updateBenefitItem(db: Db, jobs: Pick<Jobs, 'send'>, actor: PolicyActor, policyId: string, itemId: string, input: UpdateBenefitItemInput, locale: Locale): Promise<PolicyDetail> {
  await db.transaction(async (tx) => {
    const { policy, item } = await findBenefitItem(tx, actor, policyId, itemId);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<typeof item>;
    await checkBenefitItem(tx, { ...item, ...changes });
    const now = new Date();
    await tx.update(policyBenefitItems).set({ ...changes, updatedAt: now }).where(eq(policyBenefitItems.id, itemId));
    await tx.update(policies).set({ updatedAt: now }).where(eq(policies.id, policyId));
    const changed = Object.keys(changes) as (keyof typeof item)[];
    // Who fits follows the rule; the delivery decides whether an eligible item is granted without an application.
    if (changed.includes('rule') || changed.includes('delivery')) await queueItemRefresh(tx, jobs, policy, itemId);
    await recordAudit(tx, actor, {
      entityType: 'policyBenefitItem',
      entityId: itemId,
      action: 'update',
      before: Object.fromEntries(changed.map((key) => [key, item[key]])),
      after: changes,
    });
  });
  return getPolicy(db, actor, policyId, locale);
}
