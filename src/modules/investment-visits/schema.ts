import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leads } from '../investment-leads/schema.ts';

/**
 * What a company worries about, as a fixed list of tags so that a month's concerns can be counted: the local
 * industry chain too thin (产业链配套), talent (人才), land and buildings (土地厂房), policy (政策), financing (融资),
 * the speed of approvals (审批效率), anything else (其他).
 */
export const concernTags = ['supply-chain', 'talent', 'land', 'policy', 'financing', 'approvals', 'other'] as const;
export type ConcernTag = (typeof concernTags)[number];

/** The people met on the company's side: a name and, when known, a title. Free text. */
export interface TheirParticipant {
  name: string;
  title: string | null;
}

/**
 * A field trip (出访): several visits in one place over a few days by a team, e.g. the Shenzhen office's week in
 * 南山 and 宝安. Seen by its team's members during the trip, its creator, and readers of every visit.
 */
export const fieldTrips = pgTable(
  'field_trips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    destination: text('destination').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    purpose: text('purpose'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('field_trips_team_idx').on(t.teamId, t.startsOn), check('field_trips_dates_check', sql`${t.startsOn} <= ${t.endsOn}`)],
);

export type FieldTrip = typeof fieldTrips.$inferSelect;

/**
 * A visit (走访 / 洽谈): a meeting with a company on a China day, logged by the officer who went, kept by their team.
 * Soft-deleted: a deleted visit stays for its audit trail but is seen and counted nowhere. The recorder's
 * idempotency key makes a retried submission (an offline form sent again) answer the first visit.
 */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    tripId: uuid('trip_id').references(() => fieldTrips.id, { onDelete: 'set null' }),
    /** The China calendar day of the visit. */
    visitedOn: date('visited_on').notNull(),
    place: text('place'),
    teamId: uuid('team_id').references(() => teams.id),
    /** The officer who recorded it. */
    officerId: uuid('officer_id').references(() => users.id, { onDelete: 'set null' }),
    officerName: text('officer_name').notNull(),
    theirParticipants: jsonb('their_participants').$type<TheirParticipant[]>().notNull().default([]),
    /** What we presented: the district, its parks and policies, a site. */
    presented: text('presented'),
    /** The note of the meeting. */
    summary: text('summary'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedById: uuid('deleted_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('visits_enterprise_idx').on(t.enterpriseId),
    index('visits_team_day_idx').on(t.teamId, t.visitedOn),
    index('visits_officer_day_idx').on(t.officerId, t.visitedOn),
    index('visits_trip_idx').on(t.tripId),
    uniqueIndex('visits_idempotency_idx').on(t.officerId, t.idempotencyKey),
  ],
);

export type Visit = typeof visits.$inferSelect;

/** Our side of a visit: the staff who went along with the recorder. */
export const visitParticipants = pgTable(
  'visit_participants',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.userId] }), index('visit_participants_user_idx').on(t.userId)],
);

/** The company's concerns on a visit: each tag at most once, with a note. */
export const visitConcerns = pgTable(
  'visit_concerns',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    tag: text('tag', { enum: concernTags }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.visitId, t.tag] }),
    index('visit_concerns_tag_idx').on(t.tag),
    check('visit_concerns_tag_check', sql`${t.tag} IN ('supply-chain', 'talent', 'land', 'policy', 'financing', 'approvals', 'other')`),
  ],
);

/** What was agreed to do next, by whom and by when; done when someone ticks it. */
export const visitNextSteps = pgTable(
  'visit_next_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneById: uuid('done_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('visit_next_steps_visit_idx').on(t.visitId), index('visit_next_steps_owner_idx').on(t.ownerId, t.dueOn)],
);
