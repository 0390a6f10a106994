import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { checkBenefitItem } from './check-benefit-item.ts';
import { queueItemRefresh } from './eligibility/push-jobs.ts';
import { getPolicy } from './get-policy.ts';
import { findVisiblePolicy, type PolicyActor } from './policy-access.ts';
import { policies, policyBenefitItems } from './schema.ts';
import type { BenefitItemInput, PolicyDetail } from './schemas.ts';

/** Adds a benefit item at the end of the policy's items (the policy locked, so two added at once keep distinct places). */
export async function createBenefitItem(db: Db, jobs: Pick<Jobs, 'send'>, actor: PolicyActor, policyId: string, input: BenefitItemInput, locale: Locale): Promise<PolicyDetail> {
  await db.transaction(async (tx) => {
    const policy = await findVisiblePolicy(tx, actor, policyId, { lock: true });
    await checkBenefitItem(tx, input);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${policyBenefitItems.position}), -1)::int` })
      .from(policyBenefitItems)
      .where(eq(policyBenefitItems.policyId, policyId));
    const values = { ...input, description: input.description ?? null };
    const [item] = await tx.insert(policyBenefitItems).values({ ...values, policyId, position: last!.position + 1 }).returning({ id: policyBenefitItems.id });
    await tx.update(policies).set({ updatedAt: new Date() }).where(eq(policies.id, policyId));
    await queueItemRefresh(tx, jobs, policy, item!.id);
    await recordAudit(tx, actor, { entityType: 'policyBenefitItem', entityId: item!.id, action: 'create', after: { policyId, ...values } });
  });
  return getPolicy(db, actor, policyId, locale);
}
