import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import type { AttachmentKind } from './attachment-kind.ts';
import { attachmentView, findAttachment } from './attachment-records.ts';
import { assertCanRead } from './record-access.ts';
import type { AttachmentStorage } from './storage.ts';

/**
 * An attachment and its content, for a user who may read its record. An attachment of a record they may not read,
 * of a kind no module declares any more, or deleted, answers as a missing one.
 */
export async function openAttachment(db: Db, storage: AttachmentStorage, kinds: ReadonlyMap<string, AttachmentKind>, user: RequestUser, id: string) {
  const found = await findAttachment(db, id);
  const kind = found && kinds.get(found.kind);
  if (!found || !kind) throw notFound();
  await assertCanRead(db, kind, user, found.recordId);
  return { attachment: attachmentView(found), content: await storage.read(found.storageKey) };
}
