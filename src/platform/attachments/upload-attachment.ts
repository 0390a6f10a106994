import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { RequestUser } from '../auth/plugin.ts';
import type { Db, DbOrTx } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import type { AttachmentKind } from './attachment-kind.ts';
import { attachmentView, auditedAttachment, storageKeyOf, type AttachmentView } from './attachment-records.ts';
import { detectMediaType, type DetectedType } from './detect-media-type.ts';
import { safeFileName } from './file-name.ts';
import { formatSize } from './format-size.ts';
import { mediaTypeName } from './media-types.ts';
import { receiveUpload } from './receive-upload.ts';
import { assertCanAttach } from './record-access.ts';
import { attachments } from './schema.ts';
import type { AttachmentStore } from './storage.ts';
import './messages.ts';

export interface IncomingFile {
  /** The name the uploader's browser sent. */
  name: string;
  content: Readable;
}

/** 415 unless the kind takes this type, and takes content that runs only when it says so. */
function assertAccepted(kind: AttachmentKind, detected: DetectedType): void {
  if (!kind.mediaTypes.includes(detected.mediaType)) {
    // A separator that reads the same in every language: the message is worded later, in the caller's.
    const accepted = kind.mediaTypes.map(mediaTypeName).join('/');
    throw new AppError(415, 'attachment.typeRefused', { params: { type: mediaTypeName(detected.mediaType), accepted } });
  }
  if (detected.active && !kind.allowActiveContent) throw new AppError(415, 'attachment.activeContent');
}

/** A file received whole, its type accepted by its kind, and its content in the storage; no row for it yet. */
export interface StoredFile {
  id: string;
  kind: string;
  storageKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * Receives an upload for a kind: written to disk as it arrives (the first byte past the kind's size refused, 413),
 * its type read from its content (refused unless the kind takes it, 415), then put in the storage. Nothing of a
 * refused file remains; a stored one needs its row (`insertAttachmentRow`), or `discardStoredFile` if the write
 * that was to hold it fails.
 */
export async function storeAttachmentFile(store: AttachmentStore, kind: AttachmentKind, file: IncomingFile): Promise<StoredFile> {
  const tooLarge = () => new AppError(413, 'attachment.tooLarge', { params: { max: formatSize(kind.maxBytes) } });
  const received = await receiveUpload(file.content, store.incoming, kind.maxBytes, tooLarge);
  try {
    if (received.size === 0) throw new AppError(400, 'attachment.empty');
    const detected = await detectMediaType(received.path);
    assertAccepted(kind, detected);
    const id = randomUUID();
    const storageKey = storageKeyOf(id);
    await store.storage.put(storageKey, received.path);
    return { id, kind: kind.kind, storageKey, fileName: safeFileName(file.name), mediaType: detected.mediaType, size: received.size, sha256: received.sha256 };
  } finally {
    await fs.rm(received.path, { force: true });
  }
}

/** Removes a stored file whose row was never written; were this to fail too, the daily sweep finds the content without a row. */
export const discardStoredFile = (store: AttachmentStore, file: StoredFile) => store.storage.remove(file.storageKey).catch(() => undefined);

/** The row and audit event of a stored file on a record, in the transaction of the write that attaches it. */
export async function insertAttachmentRow(tx: DbOrTx, actor: Actor, uploadedBy: string | null, recordId: string, file: StoredFile): Promise<Date> {
  const { kind, ...columns } = file;
  const [inserted] = await tx
    .insert(attachments)
    .values({ ...columns, recordId, recordKind: kind, uploadedBy })
    .returning({ createdAt: attachments.createdAt });
  await recordAudit(tx, actor, { entityType: 'attachment', entityId: file.id, action: 'create', after: auditedAttachment({ ...file, recordId }) });
  return inserted!.createdAt;
}

/**
 * Attaches an uploaded file to a record the user may attach to. The file is stored whole before its row is
 * inserted: a refused, broken or interrupted upload leaves no row, and no file once the temporary one is removed
 * (or swept, after a kill).
 */
export async function uploadAttachment(
  db: Db,
  store: AttachmentStore,
  kind: AttachmentKind,
  user: RequestUser,
  actor: Actor,
  recordId: string,
  file: IncomingFile,
): Promise<AttachmentView> {
  await assertCanAttach(db, kind, user, recordId);
  const stored = await storeAttachmentFile(store, kind, file);
  try {
    const createdAt = await db.transaction((tx) => insertAttachmentRow(tx, actor, user.id, recordId, stored));
    const { storageKey: _storageKey, ...view } = stored;
    return attachmentView({ ...view, recordId, uploadedById: user.id, uploadedByName: user.displayName, createdAt });
  } catch (error) {
    await discardStoredFile(store, stored);
    throw error;
  }
}
