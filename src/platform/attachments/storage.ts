import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import { LocalDiskStorage } from './local-disk-storage.ts';

export interface StoredObject {
  key: string;
  /** When its content was last written. */
  modifiedAt: Date;
}

/**
 * Where attachments' content lives, by key. Local disk now; an S3-compatible bucket (MinIO, OSS, COS) implements
 * the same four operations with PutObject, GetObject, DeleteObject and ListObjectsV2.
 */
export interface AttachmentStorage {
  /** Stores the complete file at `sourcePath` under `key`, durably, before resolving; it may move the file. */
  put(key: string, sourcePath: string): Promise<void>;
  /** The content under `key`. Rejects before any byte is read when there is none. */
  read(key: string): Promise<Readable>;
  /** Removes the content under `key`; nothing there is not an error. */
  remove(key: string): Promise<void>;
  /** Every stored key, for finding content that no attachment refers to (an upload killed before its row). */
  list(): AsyncIterable<StoredObject>;
}

/** The storage, and the local folder where uploads are written while they arrive (swept of left-overs). */
export interface AttachmentStore {
  storage: AttachmentStorage;
  incoming: string;
}

export function openAttachmentStore(config: Pick<Config, 'dataDir' | 'attachmentStorage'>): AttachmentStore {
  const root = path.join(config.dataDir, 'attachments');
  return { storage: openStorage(root, config.attachmentStorage), incoming: path.join(root, 'incoming') };
}

function openStorage(root: string, config: Config['attachmentStorage']): AttachmentStorage {
  switch (config.kind) {
    case 'local':
      return new LocalDiskStorage(path.join(root, 'files'));
    case 's3':
      throw new Error('ATTACHMENT_STORAGE=s3: this version of Qiao stores attachments on local disk only (ATTACHMENT_STORAGE=local)');
  }
}
