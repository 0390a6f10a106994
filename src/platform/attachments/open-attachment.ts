import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { AttachmentKind } from './attachment-kind.ts';
import { attachmentView, findAttachmentEvenDeleted } from './attachment-records.ts';
import { assertCanRead } from './record-access.ts';
import type { AttachmentStorage } from './storage.ts';

/**
 * An attachment and its content, for a user who may read its record. An attachment of a record they may not read,
 * or of a kind no module declares any more, answers as a missing one; to one who may read the record, a deleted
 * attachment answers that it was deleted (404), and once its content is removed, that it is gone for good (410).
 */
export async function openAttachment(db: Db, storage: AttachmentStorage, kinds: ReadonlyMap<string, AttachmentKind>, user: RequestUser, id: string) {
  const found = await findAttachmentEvenDeleted(db, id);
  const kind = found && kinds.get(found.kind);
  if (!found || !kind) throw notFound();
  await assertCanRead(db, kind, user, found.recordId);
  if (found.contentRemovedAt) throw new AppError(410, 'attachment.contentRemoved');
  if (found.deletedAt) throw new AppError(404, 'attachment.deleted');
  return { attachment: attachmentView(found), content: await storage.read(found.storageKey) };
}
