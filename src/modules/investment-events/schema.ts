import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { eventKinds } from './event-kinds.ts';

const kindList = eventKinds.map((k) => `'${k}'`).join(', ');

/**
 * A promotion event (推介会, 签约仪式, 展会): where projects are presented and signed. Signings name the event they were
 * made at (`project_signings.event_id`, in the projects' schema, which refers to this table and not the reverse, so
 * that this schema knows nothing of projects).
 */
export const promotionEvents = pgTable(
  'promotion_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    /** The China day it was held on (the first, for one of several days). */
    heldOn: date('held_on').notNull(),
    city: text('city').notNull(),
    venue: text('venue'),
    /** Who organised it, as said (a bureau, a chamber of commerce); optionally the team of ours behind it. */
    organiser: text('organiser'),
    organiserTeamId: uuid('organiser_team_id').references(() => teams.id),
    notes: text('notes'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('promotion_events_held_on_idx').on(t.heldOn, t.id), check('promotion_events_kind_check', sql.raw(`kind IN (${kindList})`))],
);

export type PromotionEvent = typeof promotionEvents.$inferSelect;
