import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { teams } from '../teams/schema.ts';

/**
 * One person on call for a team from one instant to another (7×24 service: shifts may cross midnight), at most a
 * day long. One person's shifts never overlap, in any team: an exclusion constraint (migration 0037) holds it
 * under concurrent writes too.
 */
export const teamShifts = pgTable(
  'team_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('team_shifts_team_idx').on(t.teamId, t.startsAt),
    check('team_shifts_length_check', sql`${t.endsAt} > ${t.startsAt} AND ${t.endsAt} <= ${t.startsAt} + interval '24 hours'`),
  ],
);

export const swapStates = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type SwapState = (typeof swapStates)[number];

/** A shift's holder asking another member of the team to take it; at most one pending request per shift. */
export const shiftSwaps = pgTable(
  'shift_swaps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => teamShifts.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Who is asked to take the shift. */
    askedUserId: uuid('asked_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    note: text('note'),
    state: text('state', { enum: swapStates }).notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('shift_swaps_one_pending').on(t.shiftId).where(sql`${t.state} = 'pending'`)],
);

export type TeamShift = typeof teamShifts.$inferSelect;
export type ShiftSwap = typeof shiftSwaps.$inferSelect;
