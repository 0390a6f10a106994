import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import { enterprises } from '../enterprises/schema.ts';
import type { PolicyActor } from './policy-access.ts';
import { policyListMembers, policyLists } from './schema.ts';

/**
 * Adds an enterprise to a list, or removes it; adding one already there, or removing one absent, changes nothing
 * and records nothing, so a repeated click is harmless.
 */
export async function changeListMembership(db: Db, actor: PolicyActor, listId: string, enterpriseId: string, change: 'add' | 'remove'): Promise<void> {
  await db.transaction(async (tx) => {
    const [list] = await tx.select({ id: policyLists.id }).from(policyLists).where(eq(policyLists.id, listId));
    if (!list) throw notFound();
    if (change === 'add') {
      const [enterprise] = await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterpriseId));
      if (!enterprise) throw invalidInput([{ field: 'enterpriseId', message: 'policy.list.unknownEnterprise' }]);
      const added = await tx.insert(policyListMembers).values({ listId, enterpriseId }).onConflictDoNothing().returning({ listId: policyListMembers.listId });
      if (added.length) await recordAudit(tx, actor, { entityType: 'policyList', entityId: listId, action: 'addMember', after: { enterpriseId } });
    } else {
      const removed = await tx
        .delete(policyListMembers)
        .where(and(eq(policyListMembers.listId, listId), eq(policyListMembers.enterpriseId, enterpriseId)))
        .returning({ listId: policyListMembers.listId });
      if (removed.length) await recordAudit(tx, actor, { entityType: 'policyList', entityId: listId, action: 'removeMember', before: { enterpriseId } });
    }
  });
}
