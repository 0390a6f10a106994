import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import type { AttachmentKind } from './attachment-kind.ts';
import { auditedAttachment, findAttachment } from './attachment-records.ts';
import { assertCanAttach } from './record-access.ts';
import { attachments } from './schema.ts';

/**
 * Deletes an attachment for a user who may attach to its record: the row is marked deleted and the deletion audited
 * in one transaction; the content stays, so that the trail can still be followed, until the daily housekeeping
 * removes it (`DELETED_ATTACHMENT_RETENTION_DAYS` later).
 */
export async function deleteAttachment(db: Db, kinds: ReadonlyMap<string, AttachmentKind>, user: RequestUser, actor: Actor, id: string): Promise<void> {
  const found = await findAttachment(db, id);
  const kind = found && kinds.get(found.kind);
  if (!found || !kind) throw notFound();
  await assertCanAttach(db, kind, user, found.recordId);
  await db.transaction(async (tx) => {
    const deleted = await tx
      .update(attachments)
      .set({ deletedAt: sql`now()` })
      .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)))
      .returning({ id: attachments.id });
    // Another request deleted it in the meantime.
    if (deleted.length === 0) throw notFound();
    await recordAudit(tx, actor, { entityType: 'attachment', entityId: id, action: 'delete', before: auditedAttachment(found) });
  });
}
