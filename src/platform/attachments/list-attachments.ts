import { and, asc, eq, isNull } from 'drizzle-orm';
import type { RequestUser } from '../auth/plugin.ts';
import { users } from '../auth/schema.ts';
import type { Db } from '../db/connection.ts';
import type { AttachmentKind } from './attachment-kind.ts';
import { attachmentColumns, attachmentView } from './attachment-records.ts';
import { assertCanRead, mayAttach } from './record-access.ts';
import { attachments } from './schema.ts';

/**
 * A record's attachments, oldest first, for a user who may read the record; whether they may add or remove any, and
 * what the kind takes, so that a form can refuse a file before sending it.
 */
export async function listAttachments(db: Db, kind: AttachmentKind, user: RequestUser, recordId: string) {
  await assertCanRead(db, kind, user, recordId);
  const [rows, canAttach] = await Promise.all([
    db
      .select(attachmentColumns)
      .from(attachments)
      .leftJoin(users, eq(users.id, attachments.uploadedBy))
      .where(and(eq(attachments.recordKind, kind.kind), eq(attachments.recordId, recordId), isNull(attachments.deletedAt)))
      .orderBy(asc(attachments.createdAt), asc(attachments.id)),
    mayAttach(db, kind, user, recordId),
  ]);
  return { items: rows.map(attachmentView), canAttach, maxBytes: kind.maxBytes, mediaTypes: [...kind.mediaTypes] };
}
