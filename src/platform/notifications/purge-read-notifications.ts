import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { deleteInBatches } from '../db/in-batches.ts';
import { notifications } from './schema.ts';

/**
 * Deletes the read notifications sent before `before`, `batchSize` at a time; unread ones stay, however old, for
 * their reader has not seen them yet. Returns how many went.
 */
export function purgeReadNotifications(db: Db, before: Date, batchSize = 1_000): Promise<number> {
  return deleteInBatches(
    db,
    notifications,
    sql`${notifications.readAt} IS NOT NULL AND ${notifications.createdAt} < ${before.toISOString()}::timestamptz`,
    sql`${notifications.createdAt}`,
    batchSize,
  );
}
