import { sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { getNotificationPreferences, type NotificationPreferences } from './get-notification-preferences.ts';
import { notificationPreferences } from './schema.ts';

/**
 * Sets where and how often the user's notices are e-mailed. Audited: an address changed behind a user's back would
 * send their news elsewhere.
 */
export async function updateNotificationPreferences(db: Db, actor: Actor, userId: string, input: NotificationPreferences): Promise<NotificationPreferences> {
  return db.transaction(async (tx) => {
    const before = await getNotificationPreferences(tx, userId);
    const [after] = await tx
      .insert(notificationPreferences)
      .values({ userId, ...input })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...input, updatedAt: sql`now()` } })
      .returning({ email: notificationPreferences.email, emailDelivery: notificationPreferences.emailDelivery });
    await recordAudit(tx, actor, { entityType: 'notification-preferences', entityId: userId, action: 'update', before, after });
    return after!;
  });
}
