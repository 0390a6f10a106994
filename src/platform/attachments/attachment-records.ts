import { eq } from 'drizzle-orm';
import { users } from '../auth/schema.ts';
import type { DbOrTx } from '../db/connection.ts';
import { attachments } from './schema.ts';

/** An attachment as the API shows it. */
export const attachmentColumns = {
  id: attachments.id,
  kind: attachments.recordKind,
  recordId: attachments.recordId,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  size: attachments.size,
  sha256: attachments.sha256,
  uploadedById: attachments.uploadedBy,
  uploadedByName: users.displayName,
  createdAt: attachments.createdAt,
};

type AttachmentRow = {
  id: string;
  kind: string;
  recordId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedById: string | null;
  uploadedByName: string | null;
  createdAt: Date;
};

export function attachmentView({ uploadedById, uploadedByName, ...row }: AttachmentRow) {
  return { ...row, uploadedBy: uploadedById ? { id: uploadedById, name: uploadedByName ?? '' } : null };
}

export type AttachmentView = ReturnType<typeof attachmentView>;

/** What the audit trail keeps of an attachment. */
export const auditedAttachment = (row: Pick<AttachmentRow, 'kind' | 'recordId' | 'fileName' | 'mediaType' | 'size' | 'sha256'>) => ({
  kind: row.kind,
  recordId: row.recordId,
  fileName: row.fileName,
  mediaType: row.mediaType,
  size: row.size,
  sha256: row.sha256,
});

/** Where an attachment's content is stored: its id, under a folder of the id's first two digits. */
export const storageKeyOf = (id: string) => `${id.slice(0, 2)}/${id}`;

/** An attachment with its storage key, deleted or not (and then whether its content was removed since), or null. */
export async function findAttachmentEvenDeleted(db: DbOrTx, id: string) {
  const [found] = await db
    .select({ ...attachmentColumns, storageKey: attachments.storageKey, deletedAt: attachments.deletedAt, contentRemovedAt: attachments.contentRemovedAt })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(eq(attachments.id, id));
  return found ?? null;
}

/** A live (not deleted) attachment with its storage key, or null. */
export async function findAttachment(db: DbOrTx, id: string) {
  const found = await findAttachmentEvenDeleted(db, id);
  return found && !found.deletedAt ? found : null;
}
