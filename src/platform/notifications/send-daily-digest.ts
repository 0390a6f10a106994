import { and, asc, eq, exists, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { users } from '../auth/schema.ts';
import type { Db } from '../db/connection.ts';
import { digestEmail } from './compose-emails.ts';
import type { SendMail } from './mailer.ts';
import { readerLocale } from './render-notification.ts';
import { notificationPreferences, notifications } from './schema.ts';

/**
 * How far back a digest reaches: the day's notices, and the day before's should a run have been missed. Older
 * unread news is left to the inbox; the e-mail stamp keeps anything from being sent twice.
 */
const digestWindow = sql`now() - interval '2 days'`;

/** Entries listed in one digest; the rest are counted and wait in the inbox. */
const listedPerDigest = 50;

const awaitingDigest = and(isNull(notifications.readAt), isNull(notifications.emailedAt), gt(notifications.createdAt, digestWindow));

/**
 * The daily digest: one e-mail to each user who wants one, in their language, with their unread notices of the day
 * not yet e-mailed, which it then stamps. A failure for one reader does not hold up the others; the job fails
 * afterwards, and its retry reaches only those left.
 */
export async function sendDailyDigest(db: Db, send: SendMail, publicUrl: string | undefined): Promise<{ sent: number }> {
  const readers = await db
    .select({ userId: notificationPreferences.userId, email: notificationPreferences.email, locale: users.locale })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(
      and(
        eq(notificationPreferences.emailDelivery, 'digest'),
        isNotNull(notificationPreferences.email),
        eq(users.disabled, false),
        exists(
          db
            .select({ one: sql`1` })
            .from(notifications)
            .where(and(eq(notifications.userId, notificationPreferences.userId), awaitingDigest)),
        ),
      ),
    );
  const failures: unknown[] = [];
  for (const reader of readers) {
    const notices = await db
      .select({ id: notifications.id, message: notifications.message, params: notifications.params, link: notifications.link, createdAt: notifications.createdAt })
      .from(notifications)
      .where(and(eq(notifications.userId, reader.userId), awaitingDigest))
      .orderBy(asc(notifications.createdAt), asc(notifications.id));
    try {
      await send({ to: reader.email!, ...digestEmail(readerLocale(reader.locale), publicUrl, notices, listedPerDigest) });
    } catch (error) {
      failures.push(error);
      continue;
    }
    await db
      .update(notifications)
      .set({ emailedAt: sql`now()` })
      .where(inArray(notifications.id, notices.map((notice) => notice.id)));
  }
  if (failures.length > 0) throw new AggregateError(failures, `daily digest: ${failures.length} of ${readers.length} e-mails failed`);
  return { sent: readers.length };
}
