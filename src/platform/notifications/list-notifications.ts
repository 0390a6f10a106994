import { count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import type { Locale } from '../i18n/locale.ts';
import { notificationText } from './render-notification.ts';
import { notifications } from './schema.ts';

/** A user's own notifications, newest first, worded in the reader's language. */
export async function listNotifications(db: DbOrTx, userId: string, locale: Locale, page: { page: number; pageSize: number }) {
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(notifications).where(eq(notifications.userId, userId)),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: notificationText(locale, row),
    link: row.link,
    record: row.recordKind && row.recordId ? { kind: row.recordKind, id: row.recordId } : null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  }));
  return { items, total: totals?.total ?? 0, ...page };
}
