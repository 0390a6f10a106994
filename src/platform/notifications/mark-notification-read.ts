import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import { notifications } from './schema.ts';

/** Marks one of the user's notifications read (again is harmless); another user's answers as a missing one. */
export async function markNotificationRead(db: DbOrTx, userId: string, notificationId: string): Promise<void> {
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (marked.length === 0) throw notFound();
}
