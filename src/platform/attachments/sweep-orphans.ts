import fs from 'node:fs/promises';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import type { AppContext } from '../http/context.ts';
import { incomingSuffix } from './receive-upload.ts';
import { attachments } from './schema.ts';
import { openAttachmentStore, type AttachmentStorage } from './storage.ts';

/**
 * How long a file may go unwritten before it counts as abandoned. An upload still arriving is written every moment,
 * and one being stored gets its row a moment later, so nothing this old is in use by any instance.
 */
export const abandonedAfterMs = 60 * 60 * 1000;
const lookupBatch = 500;

/** Removes uploads that stopped arriving before `before` (a killed instance's half-written files); counts them. */
export async function sweepIncoming(folder: string, before: Date): Promise<number> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(incomingSuffix)) continue;
    const file = path.join(folder, entry.name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.mtime < before) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Removes stored content written before `before` that no attachment refers to: an upload stored whole but killed
 * before its row was committed. Content of deleted attachments has its row still, and stays (until the housekeeping
 * removes it, `removeDeletedContent`). Content younger than that may be another instance's upload whose row is being
 * written, in a folder or bucket they share, so it stays too: a put finishes, and its row follows, well within
 * abandonedAfterMs (see putDeadlineMs for S3).
 */
export async function sweepUnreferenced(db: Db, storage: AttachmentStorage, before: Date): Promise<number> {
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    const referenced = await db.select({ key: attachments.storageKey }).from(attachments).where(inArray(attachments.storageKey, batch));
    const kept = new Set(referenced.map((row) => row.key));
    for (const key of batch.filter((candidate) => !kept.has(candidate))) {
      await storage.remove(key);
      removed++;
    }
    batch = [];
  };
  for await (const object of storage.list()) {
    if (object.modifiedAt >= before) continue;
    batch.push(object.key);
    if (batch.length === lookupBatch) await flush();
  }
  if (batch.length) await flush();
  return removed;
}

/** Daily, on one instance: abandoned uploads in its incoming folder and content no attachment refers to. */
export const attachmentSweepJob = (ctx: AppContext): JobDefinition<object> => ({
  name: 'attachments.sweep-orphans',
  cron: '23 4 * * *',
  handle: async () => {
    const { storage, incoming } = openAttachmentStore(ctx.config);
    const before = new Date(Date.now() - abandonedAfterMs);
    await sweepIncoming(incoming, before);
    await sweepUnreferenced(ctx.db, storage, before);
  },
});

/**
 * At each start: first that the storage can be used (a bucket that cannot be reached stops the start, naming the
 * setting to correct), then the uploads an instance killed mid-write left behind. Several instances may share the
 * folder, so only files abandoned long enough are taken; the daily job takes the younger ones later.
 */
export async function sweepIncomingAtStart(ctx: AppContext): Promise<void> {
  const { storage, incoming } = openAttachmentStore(ctx.config);
  await storage.check();
  await sweepIncoming(incoming, new Date(Date.now() - abandonedAfterMs));
}
