import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { defaultEmailDelivery, notificationPreferences, type EmailDelivery } from './schema.ts';

export interface NotificationPreferences {
  email: string | null;
  emailDelivery: EmailDelivery;
}

/** The user's choice, or the default for one who never made it. */
export async function getNotificationPreferences(db: DbOrTx, userId: string): Promise<NotificationPreferences> {
  const [row] = await db
    .select({ email: notificationPreferences.email, emailDelivery: notificationPreferences.emailDelivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row ?? { email: null, emailDelivery: defaultEmailDelivery };
}
