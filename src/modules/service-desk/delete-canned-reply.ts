import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { serviceCannedReplies } from './schema.ts';

export async function deleteCannedReply(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [deleted] = await tx.delete(serviceCannedReplies).where(eq(serviceCannedReplies.id, id)).returning();
    if (!deleted) throw notFound();
    await recordAudit(tx, actor, {
      entityType: 'service-canned-reply',
      entityId: id,
      action: 'delete',
      before: { teamId: deleted.teamId, title: deleted.title, body: deleted.body },
    });
  });
}
