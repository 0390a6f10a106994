import { and, asc, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { inBatches } from '../db/in-batches.ts';
import { attachments } from './schema.ts';
import type { AttachmentStorage } from './storage.ts';

/**
 * Removes from the storage the content of attachments deleted before `before`, `batchSize` at a time, and marks
 * their rows (`content_removed_at`), which stay so that the audit trail still names the file. Content already
 * missing is no error, and an attachment is marked only once its content is gone, so a run cut short, or two at
 * once, leave nothing behind (rows another run marked meanwhile count there, and may end this one early: the rest
 * waits for the next day). Returns how many were marked.
 */
export async function removeDeletedContent(db: Db, storage: AttachmentStorage, before: Date, batchSize = 100): Promise<number> {
  return inBatches(batchSize, async (limit) => {
    const due = await db
      .select({ id: attachments.id, storageKey: attachments.storageKey })
      .from(attachments)
      .where(and(lt(attachments.deletedAt, before), isNull(attachments.contentRemovedAt)))
      .orderBy(asc(attachments.deletedAt))
      .limit(limit);
    for (const attachment of due) await storage.remove(attachment.storageKey);
    if (due.length === 0) return 0;
    const marked = await db
      .update(attachments)
      .set({ contentRemovedAt: sql`now()` })
      .where(and(inArray(attachments.id, due.map((attachment) => attachment.id)), isNull(attachments.contentRemovedAt)))
      .returning({ id: attachments.id });
    return marked.length;
  });
}
