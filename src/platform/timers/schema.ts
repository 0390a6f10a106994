import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Durable timers: work a module wants done at an instant (an SLA warning, a breach), kept in the database so that a
 * restart loses none and a second instance doubles none. A timer fires once: the sweep runs its handler in the
 * transaction that stamps `fired_at`. Fired and given-up timers stay as a record of what happened.
 */
export const timers = pgTable(
  'timers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The name a module declares the handler under (`timerHandlers`), e.g. `service-desk.sla-breach`. */
    handler: text('handler').notNull(),
    /** Unique, chosen by the module and prefixed with its records (`service-desk:request:…`), so it can move or cancel it. */
    key: text('key').notNull(),
    fireAt: timestamp('fire_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').$type<TimerPayload>().notNull().default({}),
    firedAt: timestamp('fired_at', { withTimezone: true }),
    /** Failed runs of the handler so far. */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** After a failure: when it is tried again (later each time). */
    retryAt: timestamp('retry_at', { withTimezone: true }),
    /** Set once the handler failed every attempt; such a timer is not tried again unless rescheduled. */
    givenUpAt: timestamp('given_up_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Pattern operators so that cancelling by a key's prefix (one request's timers) is an index range.
    uniqueIndex('timers_key_unique').using('btree', t.key.op('text_pattern_ops')),
    // The sweep reads only the pending timers, in the order they fall due.
    index('timers_pending_idx')
      .on(sql`coalesce(${t.retryAt}, ${t.fireAt})`)
      .where(sql`${t.firedAt} IS NULL AND ${t.givenUpAt} IS NULL`),
  ],
);

export type TimerPayload = Record<string, unknown>;
