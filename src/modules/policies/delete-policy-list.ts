import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { PolicyActor } from './policy-access.ts';
import { policyBenefitItems, policyLists } from './schema.ts';

/** Deletes a list no benefit item's rule names: a condition on a deleted list could never be checked again. */
export async function deletePolicyList(db: Db, actor: PolicyActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [list] = await tx.select().from(policyLists).where(eq(policyLists.id, id)).for('update');
    if (!list) throw notFound();
    const [user] = await tx
      .select({ title: policyBenefitItems.title })
      .from(policyBenefitItems)
      .where(sql`${policyBenefitItems.rule} @> ${JSON.stringify({ all: [{ kind: 'list', listId: id }] })}::jsonb`)
      .limit(1);
    if (user) throw new AppError(409, 'policy.list.inUse', { params: { item: user.title } });
    await tx.delete(policyLists).where(eq(policyLists.id, id));
    await recordAudit(tx, actor, { entityType: 'policyList', entityId: id, action: 'delete', before: { name: list.name } });
  });
}
