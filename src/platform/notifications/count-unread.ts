import { and, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { notifications } from './schema.ts';

/** The number on the bell. */
export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}
