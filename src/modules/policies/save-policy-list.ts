import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { getPolicyList } from './list-policy-lists.ts';
import type { PolicyActor } from './policy-access.ts';
import { policyLists } from './schema.ts';
import type { PolicyListInput, PolicyListView } from './schemas.ts';

/** Creates a list (no id) or renames and redescribes one. */
export async function savePolicyList(db: Db, actor: PolicyActor, id: string | null, input: PolicyListInput): Promise<PolicyListView> {
  const values = { name: input.name, description: input.description ?? null };
  const savedId = await db.transaction(async (tx) => {
    if (!id) {
      const [list] = await tx.insert(policyLists).values(values).returning({ id: policyLists.id });
      await recordAudit(tx, actor, { entityType: 'policyList', entityId: list!.id, action: 'create', after: values });
      return list!.id;
    }
    const [before] = await tx.select().from(policyLists).where(eq(policyLists.id, id)).for('update');
    if (!before) throw notFound();
    await tx.update(policyLists).set(values).where(eq(policyLists.id, id));
    await recordAudit(tx, actor, { entityType: 'policyList', entityId: id, action: 'update', before: { name: before.name, description: before.description }, after: values });
    return id;
  });
  return getPolicyList(db, savedId);
}
