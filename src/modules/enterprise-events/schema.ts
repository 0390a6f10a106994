import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { enterpriseEventKinds, enterpriseEventStates, participantStatuses } from './event-kinds.ts';

const listOf = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * An event organised for enterprises (考察交流, 训练营, 英雄榜, 沙龙): distinct from the promotion events where
 * projects sign. Firms take part by invitation only; an enterprise never sees an event it was not invited to.
 */
export const enterpriseEvents = pgTable(
  'enterprise_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: enterpriseEventKinds }).notNull(),
    title: text('title').notNull(),
    organiser: text('organiser'),
    place: text('place'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    /** Places for registered firms; none means no limit. */
    capacity: integer('capacity'),
    registrationDeadline: timestamp('registration_deadline', { withTimezone: true }),
    description: text('description'),
    state: text('state', { enum: enterpriseEventStates }).notNull().default('draft'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_events_starts_on_idx').on(t.startsOn, t.id),
    check('enterprise_events_kind_check', sql.raw(`kind IN (${listOf(enterpriseEventKinds)})`)),
    check('enterprise_events_state_check', sql.raw(`state IN (${listOf(enterpriseEventStates)})`)),
    check('enterprise_events_capacity_check', sql`${t.capacity} IS NULL OR ${t.capacity} > 0`),
    check('enterprise_events_period_check', sql`${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
  ],
);

/**
 * A firm (its master record) at an event, one row per firm and event. `registeredAt` and `attendedAt` keep when it
 * registered (or was listed) and attended, for its timeline; `notifiedAt` when its users were told of the
 * invitation, which waits while the event is a draft.
 */
export const enterpriseEventParticipants = pgTable(
  'enterprise_event_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => enterpriseEvents.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    status: text('status', { enum: participantStatuses }).notNull(),
    contactPerson: text('contact_person'),
    note: text('note'),
    /** On an honour list: the firm's place and the words it is listed with. */
    rank: integer('rank'),
    citation: text('citation'),
    invitedById: uuid('invited_by_id').references(() => users.id, { onDelete: 'set null' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    registeredAt: timestamp('registered_at', { withTimezone: true }),
    attendedAt: timestamp('attended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('enterprise_event_participants_uq').on(t.eventId, t.enterpriseId),
    index('enterprise_event_participants_enterprise_idx').on(t.enterpriseId),
    check('enterprise_event_participants_status_check', sql.raw(`status IN (${listOf(participantStatuses)})`)),
  ],
);

/** Something to do after an event (a visit to arrange, a policy to explain), optionally about one firm, with an owner and a due day. */
export const enterpriseEventFollowUps = pgTable(
  'enterprise_event_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => enterpriseEvents.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    description: text('description').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('enterprise_event_follow_ups_event_idx').on(t.eventId, t.dueOn), index('enterprise_event_follow_ups_enterprise_idx').on(t.enterpriseId)],
);

export type EnterpriseEvent = typeof enterpriseEvents.$inferSelect;
