import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { serviceRoutingRules } from './schema.ts';

/** Removes a rule; requests it routed stay where they are. */
export async function deleteRoutingRule(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [deleted] = await tx.delete(serviceRoutingRules).where(eq(serviceRoutingRules.id, id)).returning();
    if (!deleted) throw notFound();
    const { createdAt: _createdAt, ...before } = deleted;
    await recordAudit(tx, actor, { entityType: 'service-routing-rule', entityId: id, action: 'delete', before });
  });
}
