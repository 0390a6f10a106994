import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgSequence, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leads } from '../investment-leads/schema.ts';
import { aggregationMethods, type AggregationMethod, type EntryAggregate } from './scoring/aggregate-scores.ts';
import { defaultRubric, type Rubric } from './scoring/weighted-score.ts';
import {
  editionStates,
  entrySources,
  entryStages,
  entryStates,
  financingRounds,
  landingSupportKinds,
  phaseKinds,
  roundKinds,
  roundStates,
} from './competition-terms.ts';

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
    /** What judges score in this phase and how much each part weighs (team, technology, market, finance by default). */
    rubric: jsonb('rubric').$type<Rubric>().notNull().default(defaultRubric),
    /** How the judges' scores become one value per entry: z-score by default, so that harsh and lenient judges weigh alike. */
    aggregation: text('aggregation', { enum: aggregationMethods }).$type<AggregationMethod>().notNull().default('z-score'),
    /** How many judges each entry is given. */
    judgesPerEntry: integer('judges_per_entry').notNull().default(5),
    /** An online review that hides the entrants' names and organisations from the judges. */
    anonymised: boolean('anonymised').notNull().default(false),
    /** When the organiser closed the phase: its results computed and who advances decided. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The public notice of the results (公示), from its publication to the last day objections are taken. */
    noticePublishedAt: timestamp('notice_published_at', { withTimezone: true }),
    noticeEndsOn: date('notice_ends_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('competition_phases_kind_unique').on(t.roundId, t.kind),
    check('competition_phases_kind_check', sql`${t.kind} IN (${list(phaseKinds)})`),
    check('competition_phases_dates_check', sql`${t.closesOn} IS NULL OR ${t.opensOn} IS NULL OR ${t.opensOn} <= ${t.closesOn}`),
    check('competition_phases_one_rule_check', sql`${t.advanceTopN} IS NULL OR ${t.advanceMinScore} IS NULL`),
    check('competition_phases_aggregation_check', sql`${t.aggregation} IN (${list(aggregationMethods)})`),
    check('competition_phases_judges_check', sql`${t.judgesPerEntry} BETWEEN 1 AND 50`),
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

/** Entries' registration numbers, one series for every edition (the number carries the edition's year). */
export const competitionEntryNumbers = pgSequence('competition_entry_number_seq');

/**
 * An entry (参赛项目) of a regional round in a track, registered on the public form (its entrant's account made then)
 * or by the organisers; its organisation is a master record, found or created at registration, so that the entry
 * can become a lead (`lead_id`) and be followed until it lands.
 */
export const competitionEntries = pgTable(
  'competition_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => competitionEditions.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => competitionRounds.id),
    trackId: uuid('track_id')
      .notNull()
      .references(() => competitionTracks.id),
    /** The registration number shown to the entrant and on the results, e.g. LB2026-0042. */
    number: text('number').notNull().unique(),
    projectName: text('project_name').notNull(),
    organisationName: text('organisation_name').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The entrant's account, made at registration; null for an entry the organisers registered. */
    entrantUserId: uuid('entrant_user_id').references(() => users.id, { onDelete: 'set null' }),
    stage: text('stage', { enum: entryStages }).notNull(),
    financing: text('financing', { enum: financingRounds }).notNull(),
    financingWan: numeric('financing_wan', { precision: 14, scale: 2, mode: 'number' }),
    teamSize: integer('team_size').notNull(),
    teamSummary: text('team_summary').notNull(),
    summary: text('summary').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    contactEmail: text('contact_email'),
    source: text('source', { enum: entrySources }).notNull().default('online'),
    state: text('state', { enum: entryStates }).notNull().default('submitted'),
    /** Why an ineligible entry is so, as message keys with their parameters, in the reader's language when shown. */
    ineligibleReasons: jsonb('ineligible_reasons').$type<{ message: string; params?: Record<string, string | number> }[]>().notNull().default([]),
    /** The submission's idempotency key: the same key twice registers one entry. */
    idempotencyKey: text('idempotency_key').unique(),
    /**
     * The investment lead the entry became at the end of its round: its own, or the open lead its enterprise already
     * had, which entries of several rounds or editions may then share.
     */
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('competition_entries_round_idx').on(t.roundId, t.trackId),
    index('competition_entries_edition_idx').on(t.editionId),
    index('competition_entries_enterprise_idx').on(t.enterpriseId),
    index('competition_entries_entrant_idx').on(t.entrantUserId),
    index('competition_entries_lead_idx').on(t.leadId),
    check('competition_entries_stage_check', sql`${t.stage} IN (${list(entryStages)})`),
    check('competition_entries_financing_check', sql`${t.financing} IN (${list(financingRounds)})`),
    check('competition_entries_source_check', sql`${t.source} IN (${list(entrySources)})`),
    check('competition_entries_state_check', sql`${t.state} IN (${list(entryStates)})`),
    check('competition_entries_team_check', sql`${t.teamSize} > 0`),
  ],
);
export type CompetitionEntry = typeof competitionEntries.$inferSelect;

/**
 * A judge (评委): a user with the judge role, their organisation (a master record when known, so that a conflict with
 * an entry of their own organisation is found by itself) and the tracks they are expert in.
 */
export const competitionJudges = pgTable('competition_judges', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  title: text('title'),
  organisationName: text('organisation_name'),
  enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type CompetitionJudge = typeof competitionJudges.$inferSelect;

/** The tracks a judge is expert in: entries of those tracks are theirs first. */
export const competitionJudgeTracks = pgTable(
  'competition_judge_tracks',
  {
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => competitionJudges.id, { onDelete: 'cascade' }),
    trackId: uuid('track_id')
      .notNull()
      .references(() => competitionTracks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.judgeId, t.trackId] })],
);

/**
 * A phase's panel: the judges chosen for it (a roadshow in Shenzhen is judged by those present there). A phase with a
 * panel is assigned among its members only; one without, among every enabled judge.
 */
export const competitionPhaseJudges = pgTable(
  'competition_phase_judges',
  {
    phaseId: uuid('phase_id')
      .notNull()
      .references(() => competitionPhases.id, { onDelete: 'cascade' }),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => competitionJudges.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.phaseId, t.judgeId] }), index('competition_phase_judges_judge_idx').on(t.judgeId)],
);

/** A conflict of interest a judge declared on an entry (an investor in it, a former colleague, a relative). */
export const competitionConflicts = pgTable(
  'competition_conflicts',
  {
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => competitionJudges.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.judgeId, t.entryId] }), index('competition_conflicts_entry_idx').on(t.entryId)],
);

/** An entry given to a judge in a phase; `outside_field` when the judge is not expert in its track (too few were free). */
export const competitionAssignments = pgTable(
  'competition_assignments',
  {
    phaseId: uuid('phase_id')
      .notNull()
      .references(() => competitionPhases.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => competitionJudges.id, { onDelete: 'cascade' }),
    outsideField: boolean('outside_field').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.phaseId, t.entryId, t.judgeId] }), index('competition_assignments_judge_idx').on(t.judgeId, t.phaseId)],
);

/**
 * A judge's score sheet of an entry in a phase: each criterion of the phase's rubric, or an abstention, and the
 * weighted total out of 100 (null when abstained).
 */
export const competitionScores = pgTable(
  'competition_scores',
  {
    phaseId: uuid('phase_id')
      .notNull()
      .references(() => competitionPhases.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => competitionJudges.id, { onDelete: 'cascade' }),
    abstained: boolean('abstained').notNull().default(false),
    criteria: jsonb('criteria').$type<Record<string, number>>().notNull().default({}),
    total: numeric('total', { precision: 5, scale: 2, mode: 'number' }),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.phaseId, t.entryId, t.judgeId] }),
    index('competition_scores_judge_idx').on(t.judgeId, t.phaseId),
    check('competition_scores_total_check', sql`(${t.abstained} AND ${t.total} IS NULL) OR (NOT ${t.abstained} AND ${t.total} BETWEEN 0 AND 100)`),
  ],
);
export type CompetitionScore = typeof competitionScores.$inferSelect;

/**
 * An entry's result in a closed phase: its aggregated value and rank (null when unranked, nobody having scored it),
 * whether it advances, and how the value was computed, kept as it was on closing (later scores change nothing).
 */
export const competitionPhaseResults = pgTable(
  'competition_phase_results',
  {
    phaseId: uuid('phase_id')
      .notNull()
      .references(() => competitionPhases.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    value: numeric('value', { precision: 12, scale: 6, mode: 'number' }),
    rank: integer('rank'),
    advanced: boolean('advanced').notNull(),
    /** The aggregate as computed on closing: every judge's contribution, abstentions and the arithmetic. */
    aggregate: jsonb('aggregate').$type<Omit<EntryAggregate, 'entryId'>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.phaseId, t.entryId] }), index('competition_phase_results_entry_idx').on(t.entryId)],
);

/** Landing support given to an entry (赛事+服务+落地): an incubator place, funding, a bank referral. */
export const competitionLandingSupport = pgTable(
  'competition_landing_support',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: landingSupportKinds }).notNull(),
    note: text('note').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('competition_landing_support_entry_idx').on(t.entryId), check('competition_landing_support_kind_check', sql`${t.kind} IN (${list(landingSupportKinds)})`)],
);
