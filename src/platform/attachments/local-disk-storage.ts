import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AttachmentStorage, StoredObject } from './storage.ts';
import { assertStorageKey } from './storage-key.ts';

/** Files under one folder of DATA_DIR, a key's slashes as subfolders. */
export class LocalDiskStorage implements AttachmentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async check(): Promise<void> {
    try {
      await fs.mkdir(this.root, { recursive: true });
      await fs.access(this.root, fs.constants.W_OK);
    } catch (error) {
      throw new Error(`attachments cannot be stored in ${this.root} (${(error as Error).message}): check DATA_DIR`, { cause: error });
    }
  }

  async put(key: string, sourcePath: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // The source was flushed to disk when written; a rename within one file system is atomic, and syncing the
    // folder makes the new name survive a power cut too.
    await fs.rename(sourcePath, target);
    const folder = await fs.open(path.dirname(target), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  async read(key: string): Promise<Readable> {
    const handle = await fs.open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    for (const entry of await readFolder(this.root)) {
      if (!entry.isDirectory()) continue;
      for (const file of await readFolder(path.join(this.root, entry.name))) {
        if (!file.isFile()) continue;
        const stat = await fs.stat(path.join(this.root, entry.name, file.name)).catch(() => null);
        if (stat) yield { key: `${entry.name}/${file.name}`, modifiedAt: stat.mtime };
      }
    }
  }
}

/** A folder's entries; none when it does not exist (nothing stored yet). */
async function readFolder(folder: string) {
  try {
    return await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
