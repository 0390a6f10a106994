import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Durable timers: work a module wants done at an instant (an SLA warning, a breach), kept in the database so that a
 * restart loses none and a second instance doubles none. A timer fires once: the sweep runs its handler in the
 * transaction that stamps `fired_at`. Fired and given-up timers stay as a record of what happened, and as the proof
 * that a key has fired, until the daily housekeeping purges them (`purge-finished-timers.ts`).
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
    // The housekeeping reads only the finished timers, oldest first.
    index('timers_finished_idx')
      .on(t.fireAt)
      .where(sql`${t.firedAt} IS NOT NULL OR ${t.givenUpAt} IS NOT NULL`),
  ],
);

export type TimerPayload = Record<string, unknown>;

/**
 * One row: every finished timer due before `purged_before` may have been purged. A module sets its timers again
 * after each change of a record, counting on a fired key to stay fired; `scheduleTimer` therefore sets no new timer
 * due before this instant, since its key may be one that fired and is gone.
 */
export const timerPurgeHorizon = pgTable(
  'timer_purge_horizon',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    purgedBefore: timestamp('purged_before', { withTimezone: true }).notNull(),
  },
  (t) => [check('timer_purge_horizon_one_row', sql`${t.singleton}`)],
);
