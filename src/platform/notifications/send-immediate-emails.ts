import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { users } from '../auth/schema.ts';
import type { Db } from '../db/connection.ts';
import { immediateEmail } from './compose-emails.ts';
import type { SendMail } from './mailer.ts';
import { readerLocale } from './render-notification.ts';
import { notificationPreferences, notifications } from './schema.ts';

/**
 * E-mails each of these notices to its reader, in their language, if they still want e-mail at once and have not
 * read it meanwhile. Each is stamped as it goes, so a retry after a failure sends only what is left.
 */
export async function sendImmediateEmails(db: Db, send: SendMail, publicUrl: string | undefined, notificationIds: string[]): Promise<void> {
  if (notificationIds.length === 0) return;
  const pending = await db
    .select({
      id: notifications.id,
      message: notifications.message,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
      email: notificationPreferences.email,
      locale: users.locale,
    })
    .from(notifications)
    .innerJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.userId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        inArray(notifications.id, notificationIds),
        isNull(notifications.readAt),
        isNull(notifications.emailedAt),
        eq(notificationPreferences.emailDelivery, 'immediate'),
        isNotNull(notificationPreferences.email),
        eq(users.disabled, false),
      ),
    );
  for (const notice of pending) {
    await send({ to: notice.email!, ...immediateEmail(readerLocale(notice.locale), publicUrl, notice) });
    await db.update(notifications).set({ emailedAt: sql`now()` }).where(eq(notifications.id, notice.id));
  }
}
