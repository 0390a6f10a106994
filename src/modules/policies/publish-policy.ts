import { count, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { policyPublishedJob, type PolicyPublished } from './eligibility/push-jobs.ts';
import { AppError } from '../../platform/http/errors.ts';
import { requireWholeGuide, wrongPolicyState } from './check-policy-input.ts';
import { getPolicy } from './get-policy.ts';
import { keepGuideTimer } from './guide-timer.ts';
import { findVisiblePolicy, type PolicyActor } from './policy-access.ts';
import { policies, policyBenefitItems } from './schema.ts';
import type { PolicyDetail } from './schemas.ts';

/**
 * Offers a draft or withdrawn policy to enterprises. It must carry at least one benefit item, since items are what
 * enterprises are matched against and apply for, and a whole guide: enterprises act on the guide, not on the
 * 文件, and the province's rule asks for one with every policy, so the guide goes out with the policy (its
 * `guidePublishedAt` is stamped here, once, and its deadline timer dropped).
 */
export async function publishPolicy(db: Db, jobs: Pick<Jobs, 'send'>, actor: PolicyActor, id: string, locale: Locale): Promise<PolicyDetail> {
  await db.transaction(async (tx) => {
    const policy = await findVisiblePolicy(tx, actor, id, { lock: true });
    if (policy.state === 'published') throw wrongPolicyState();
    const [items] = await tx.select({ n: count() }).from(policyBenefitItems).where(eq(policyBenefitItems.policyId, id));
    if (items!.n === 0) throw new AppError(409, 'policy.publishNeedsItem');
    requireWholeGuide(policy);
    const now = new Date();
    const [published] = await tx
      .update(policies)
      .set({ state: 'published', publishedAt: now, guidePublishedAt: policy.guidePublishedAt ?? now, updatedAt: now })
      .where(eq(policies.id, id))
      .returning();
    await keepGuideTimer(tx, published!);
    // Who fits each item is worked out over the whole register after the commit, and the newly eligible told.
    await jobs.send<PolicyPublished>(policyPublishedJob, { policyId: id }, { within: tx });
    await recordAudit(tx, actor, { entityType: 'policy', entityId: id, action: 'publish', before: { state: policy.state }, after: { state: 'published', items: items!.n } });
  });
  return getPolicy(db, actor, id, locale);
}
