import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';

/**
 * A team of staff: a promotion section (即墨区招商一科), a field office (西海岸新区驻深办), a service team. Who
 * belongs to it is a matter of dates (see team_memberships), since people rotate through field offices monthly.
 */
export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Normalised name, unique: one team per name in either script. */
  nameKey: text('name_key').notNull().unique(),
  /** Where it works from, e.g. 深圳 for a field office; free text. */
  location: text('location'),
  description: text('description'),
  /** An archived team takes no new members; its history stays. */
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const teamRoles = ['lead', 'member'] as const;
export type TeamRole = (typeof teamRoles)[number];

/**
 * One person in one team over a period of China calendar days, both ends included; an open end means until
 * further notice. One person's periods in one team never overlap, nor do two leads' periods of one team.
 */
export const teamMemberships = pgTable(
  'team_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: teamRoles }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('team_memberships_team_idx').on(t.teamId, t.startsOn),
    index('team_memberships_user_idx').on(t.userId, t.startsOn),
    check('team_memberships_period_check', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export type Team = typeof teams.$inferSelect;
export type TeamMembership = typeof teamMemberships.$inferSelect;

/**
 * A team's target for one year on one measure (visits, projects, signed amount: the measures are declared by the
 * modules that count them, see team-measures.ts). A measure without a row has no target that year.
 */
export const teamTargets = pgTable(
  'team_targets',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    measure: text('measure').notNull(),
    target: doublePrecision('target').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.year, t.measure] }), check('team_targets_target_check', sql`${t.target} >= 0`)],
);

export type TeamTarget = typeof teamTargets.$inferSelect;
