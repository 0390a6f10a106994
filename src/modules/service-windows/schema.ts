import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';

/** A window of the technology market (技术交易, 知识产权, …); requests are opened at one. */
export const serviceWindows = pgTable('service_windows', {
  /** Stable, lower case; requests refer to it, so it never changes once created. */
  code: text('code').primaryKey(),
  nameZhCn: text('name_zh_cn').notNull(),
  nameZhTw: text('name_zh_tw').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description'),
  /** An inactive window takes no new requests; its requests stay. */
  active: boolean('active').notNull().default(true),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const windowRequestStates = ['open', 'answered', 'closed'] as const;
export type WindowRequestState = (typeof windowRequestStates)[number];

export const windowRequestNumbers = pgSequence('window_request_number_seq');

/**
 * A request opened at a window: a typed record a service desk can take over as a ticket (reference, category =
 * window, enterprise, subject, description, state, thread, first-response and closing times).
 */
export const windowRequests = pgTable(
  'window_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 服务单号 people quote on the phone: FW, the year in Beijing, a running number. */
    reference: text('reference')
      .notNull()
      .unique()
      .default(sql`('FW' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('window_request_number_seq')::text, 6, '0'))`),
    windowCode: text('window_code')
      .notNull()
      .references(() => serviceWindows.code),
    /** The enterprise it is for; null only for an investor's own request, which is theirs alone. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    openedById: uuid('opened_by_id').references(() => users.id, { onDelete: 'set null' }),
    openedByName: text('opened_by_name').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    state: text('state', { enum: windowRequestStates }).notNull(),
    /** Normalised reference, subject and description, searched with LIKE. */
    searchText: text('search_text').notNull(),
    /** The opener's key for one submission: a second submit with it answers the first request. */
    idempotencyKey: text('idempotency_key'),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    /** When it was last closed; null while open. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('window_requests_idempotency_idx').on(t.openedById, t.idempotencyKey),
    index('window_requests_enterprise_idx').on(t.enterpriseId),
    index('window_requests_queue_idx').on(t.state, t.createdAt),
    check('window_requests_state_check', sql`${t.state} IN ('open', 'answered', 'closed')`),
  ],
);

export type WindowRequest = typeof windowRequests.$inferSelect;

/** One message of a request's thread, from the requester's side or the staff's. */
export const windowRequestMessages = pgTable(
  'window_request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => windowRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    side: text('side', { enum: ['requester', 'staff'] }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('window_request_messages_request_idx').on(t.requestId, t.createdAt)],
);
