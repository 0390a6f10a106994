import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { editionStates, phaseKinds, roundKinds, roundStates } from './competition-terms.ts';

const list = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** An edition of the innovation competition, e.g. 第六届蓝贝国际创新大赛. */
export const competitionEditions = pgTable(
  'competition_editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    state: text('state', { enum: editionStates }).notNull().default('draft'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('competition_editions_year_idx').on(t.year),
    check('competition_editions_state_check', sql`${t.state} IN (${list(editionStates)})`),
    check('competition_editions_dates_check', sql`${t.endsOn} IS NULL OR ${t.startsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
  ],
);
export type CompetitionEdition = typeof competitionEditions.$inferSelect;

/** A field of an edition (人工智能, 生物医药), optionally tied to GB/T 4754 industries for sorting entries by field. */
export const competitionTracks = pgTable(
  'competition_tracks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => competitionEditions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    industryCodes: text('industry_codes').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('competition_tracks_name_unique').on(t.editionId, t.name)],
);
export type CompetitionTrack = typeof competitionTracks.$inferSelect;

/** A round of an edition: a regional round (上海, 硅谷) or the final, held in a place on a day for so many entries. */
export const competitionRounds = pgTable(
  'competition_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => competitionEditions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: roundKinds }).notNull().default('regional'),
    city: text('city').notNull(),
    venue: text('venue'),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** How many entries the round takes. */
    capacity: integer('capacity').notNull(),
    state: text('state', { enum: roundStates }).notNull().default('planned'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('competition_rounds_edition_idx').on(t.editionId, t.heldOn),
    check('competition_rounds_kind_check', sql`${t.kind} IN (${list(roundKinds)})`),
    check('competition_rounds_state_check', sql`${t.state} IN (${list(roundStates)})`),
    check('competition_rounds_capacity_check', sql`${t.capacity} > 0`),
  ],
);
export type CompetitionRound = typeof competitionRounds.$inferSelect;

/**
 * A phase of a round, at most one of each kind, run in the kinds' order (online review → roadshow → final), with who
 * goes on from it: the best N or those scoring at least a mark; neither for a phase that ends in the prizes.
 */
export const competitionPhases = pgTable(
  'competition_phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => competitionRounds.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: phaseKinds }).notNull(),
    opensOn: date('opens_on', { mode: 'string' }),
    closesOn: date('closes_on', { mode: 'string' }),
    advanceTopN: integer('advance_top_n'),
    advanceMinScore: numeric('advance_min_score', { precision: 6, scale: 2, mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('competition_phases_kind_unique').on(t.roundId, t.kind),
    check('competition_phases_kind_check', sql`${t.kind} IN (${list(phaseKinds)})`),
    check('competition_phases_dates_check', sql`${t.closesOn} IS NULL OR ${t.opensOn} IS NULL OR ${t.opensOn} <= ${t.closesOn}`),
    check('competition_phases_one_rule_check', sql`${t.advanceTopN} IS NULL OR ${t.advanceMinScore} IS NULL`),
  ],
);
export type CompetitionPhase = typeof competitionPhases.$inferSelect;

/** A prize of the edition (the final's) or of one round, for the ranks from–to, with its money or what it gives. */
export const competitionPrizes = pgTable(
  'competition_prizes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => competitionEditions.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id').references(() => competitionRounds.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    rankFrom: integer('rank_from').notNull(),
    rankTo: integer('rank_to').notNull(),
    amountWan: numeric('amount_wan', { precision: 12, scale: 2, mode: 'number' }),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('competition_prizes_edition_idx').on(t.editionId),
    check('competition_prizes_ranks_check', sql`${t.rankFrom} >= 1 AND ${t.rankFrom} <= ${t.rankTo}`),
  ],
);
export type CompetitionPrize = typeof competitionPrizes.$inferSelect;
