import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { notifications } from './schema.ts';

/** Marks every unread notification of the user read; answers how many there were. */
export async function markAllRead(db: DbOrTx, userId: string): Promise<number> {
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return marked.length;
}
