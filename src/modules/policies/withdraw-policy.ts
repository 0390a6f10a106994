import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { wrongPolicyState } from './check-policy-input.ts';
import { getPolicy } from './get-policy.ts';
import { findVisiblePolicy, type PolicyActor } from './policy-access.ts';
import { policies } from './schema.ts';
import type { PolicyDetail } from './schemas.ts';

/**
 * Takes a published policy out of enterprises' sight, kept for the record and for publishing again. Its items'
 * `policy_eligibility` rows are left as they are: they record whom the policy reached while in force (the evaluation
 * page counts them), the fit pages and the push no longer offer it (they read only offered items), and publishing it
 * again recomputes them without telling anyone twice.
 */
export async function withdrawPolicy(db: Db, actor: PolicyActor, id: string, locale: Locale): Promise<PolicyDetail> {
  await db.transaction(async (tx) => {
    const policy = await findVisiblePolicy(tx, actor, id, { lock: true });
    if (policy.state !== 'published') throw wrongPolicyState();
    await tx.update(policies).set({ state: 'withdrawn', updatedAt: new Date() }).where(eq(policies.id, id));
    await recordAudit(tx, actor, { entityType: 'policy', entityId: id, action: 'withdraw', before: { state: 'published' }, after: { state: 'withdrawn' } });
  });
  return getPolicy(db, actor, id, locale);
}
