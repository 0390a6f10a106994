import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/http/errors.ts';
import { cancelGuideTimer } from './guide-timer.ts';
import { findVisiblePolicy, type PolicyActor } from './policy-access.ts';
import { policies } from './schema.ts';

/** Deletes a draft with its items; a policy once published is withdrawn instead, as enterprises may have acted on it. */
export async function deletePolicy(db: Db, actor: PolicyActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const policy = await findVisiblePolicy(tx, actor, id, { lock: true });
    if (policy.state !== 'draft') throw new AppError(409, 'policy.onlyDraftsDeleted');
    await cancelGuideTimer(tx, id);
    await tx.delete(policies).where(eq(policies.id, id));
    await recordAudit(tx, actor, { entityType: 'policy', entityId: id, action: 'delete', before: { title: policy.title, issuedOn: policy.issuedOn } });
  });
}
