import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { linkRoles } from './link-roles.ts';

const roleList = linkRoles.map((role) => `'${role}'`).join(', ');

/**
 * A person linked to a key enterprise (挂点联系) over a period of China days, both included; an open end while the
 * link lasts. Rows are never deleted, so the history of who served an enterprise stays. An enterprise is a key
 * enterprise on the days it has a link. The partial unique index keeps one open link per person and role of an
 * enterprise even against two requests at once; overlapping closed periods are refused under a lock on the
 * enterprise (`add-link.ts`).
 */
export const keyEnterpriseLinks = pgTable(
  'key_enterprise_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: linkRoles }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedById: uuid('ended_by_id').references(() => users.id, { onDelete: 'set null' }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('key_enterprise_links_enterprise_idx').on(t.enterpriseId, t.startsOn),
    index('key_enterprise_links_user_idx').on(t.userId, t.startsOn),
    uniqueIndex('key_enterprise_links_open_uq').on(t.enterpriseId, t.userId, t.role).where(sql`${t.endsOn} IS NULL`),
    check('key_enterprise_links_role_check', sql.raw(`role IN (${roleList})`)),
    check('key_enterprise_links_period_check', sql`${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
  ],
);

export type KeyEnterpriseLink = typeof keyEnterpriseLinks.$inferSelect;
