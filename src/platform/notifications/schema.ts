import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';

/**
 * One notice to one user. The text is a message key and its parameters, worded in the reader's language when it
 * is read (in the inbox or in an e-mail), so a user who changes language sees every notice in the new one.
 * Inserts, and changes of `read_at`, are announced on `qiao_notifications` with the user's id (migration 0011).
 * Read notices are purged once old (`READ_NOTIFICATION_RETENTION_DAYS`); unread ones are kept however old.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What happened, namespaced by module (`listing.matched`): for the web's icons and for filters. */
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    params: jsonb('params').$type<NotificationParams>().notNull().default({}),
    /** Where the notice leads in the app: a path such as `/enterprises/…`. */
    link: text('link'),
    recordKind: text('record_kind'),
    recordId: text('record_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    // The unread badge and the e-mails read only unread rows, a small part of the table.
    index('notifications_unread_idx').on(t.userId, t.createdAt).where(sql`${t.readAt} IS NULL`),
    // The housekeeping deletes read ones, oldest first.
    index('notifications_read_idx').on(t.createdAt).where(sql`${t.readAt} IS NOT NULL`),
  ],
);

export type NotificationParams = Record<string, string | number>;

export const emailDeliveries = ['off', 'immediate', 'digest'] as const;
export type EmailDelivery = (typeof emailDeliveries)[number];
export const defaultEmailDelivery: EmailDelivery = 'digest';

/** A user's choice of notification e-mail; a user without a row gets the daily digest once they give an address. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Where notification e-mails go; accounts carry no address of their own. */
  email: text('email'),
  emailDelivery: text('email_delivery', { enum: emailDeliveries }).notNull().default(defaultEmailDelivery),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
