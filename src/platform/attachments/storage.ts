import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import { LocalDiskStorage } from './local-disk-storage.ts';
import { S3Storage } from './s3-storage.ts';

export interface StoredObject {
  key: string;
  /** When its content was last written. */
  modifiedAt: Date;
}

/**
 * Where attachments' content lives, by key: local disk, or an S3-compatible bucket (MinIO, OSS, COS, AWS) with
 * PutObject, GetObject, DeleteObject and ListObjectsV2.
 */
export interface AttachmentStorage {
  /** Fails, naming the setting to correct, when content can be neither stored nor read; run at start. */
  check(): Promise<void>;
  /** Stores the complete file at `sourcePath` under `key`, durably, before resolving; the file is gone after. */
  put(key: string, sourcePath: string): Promise<void>;
  /** The content under `key`. Rejects before any byte is read when there is none, as `missingContent` does. */
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

// One client, with its pool of connections, for each bucket setting: one a process, however often the store is opened.
const buckets = new WeakMap<Config['attachmentStorage'], S3Storage>();

function openStorage(root: string, config: Config['attachmentStorage']): AttachmentStorage {
  switch (config.kind) {
    case 'local':
      return new LocalDiskStorage(path.join(root, 'files'));
    case 's3': {
      const opened = buckets.get(config) ?? new S3Storage(config);
      buckets.set(config, opened);
      return opened;
    }
  }
}
