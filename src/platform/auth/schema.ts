import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  /** Normalised username, unique, so that "Admin" and "ａｄｍｉｎ" are one account. */
  usernameKey: text('username_key').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull().default([]),
  /** For enterprise users: the one enterprise whose records they see. */
  enterpriseId: uuid('enterprise_id'),
  /** The interface language the user chose; null until they choose one, and then the browser's applies. */
  locale: text('locale'),
  disabled: boolean('disabled').notNull().default(false),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table does not hand out sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins (and wrong current passwords) counted per source address and per account-and-source, each in a
 * fixed window that starts at its first failure. One row per counter, deleted once expired, so an attack costs rows
 * in proportion to the addresses it uses, not to its attempts.
 */
export const loginFailureCounters = pgTable(
  'login_failure_counters',
  {
    scope: text('scope', { enum: ['source', 'account-source'] }).notNull(),
    /** The normalised username; empty for a source's own counter. */
    account: text('account').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.account, t.source] }), index('login_failure_counters_expiry_idx').on(t.expiresAt)],
);
