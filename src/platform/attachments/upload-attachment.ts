import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
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

/**
 * Attaches an uploaded file to a record the user may attach to. The file is written to disk as it arrives, its type
 * read from its content, and it is stored whole before its row is inserted: a refused, broken or interrupted upload
 * leaves no row, and no file once the temporary one is removed (or swept, after a kill).
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
  const tooLarge = () => new AppError(413, 'attachment.tooLarge', { params: { max: formatSize(kind.maxBytes) } });
  const received = await receiveUpload(file.content, store.incoming, kind.maxBytes, tooLarge);
  try {
    if (received.size === 0) throw new AppError(400, 'attachment.empty');
    const detected = await detectMediaType(received.path);
    assertAccepted(kind, detected);
    const id = randomUUID();
    const storageKey = storageKeyOf(id);
    await store.storage.put(storageKey, received.path);
    const columns = {
      id,
      recordId,
      fileName: safeFileName(file.name),
      mediaType: detected.mediaType,
      size: received.size,
      sha256: received.sha256,
    };
    const attachment = { ...columns, kind: kind.kind };
    try {
      const createdAt = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(attachments)
          .values({ ...columns, recordKind: kind.kind, storageKey, uploadedBy: user.id })
          .returning({ createdAt: attachments.createdAt });
        await recordAudit(tx, actor, { entityType: 'attachment', entityId: id, action: 'create', after: auditedAttachment(attachment) });
        return inserted!.createdAt;
      });
      return attachmentView({ ...attachment, uploadedById: user.id, uploadedByName: user.displayName, createdAt });
    } catch (error) {
      // Were this to fail too, the daily sweep finds the content without a row.
      await store.storage.remove(storageKey).catch(() => undefined);
      throw error;
    }
  } finally {
    await fs.rm(received.path, { force: true });
  }
}
