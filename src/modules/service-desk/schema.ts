import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { siteBuildings, siteFloors, sites, siteUnits } from '../sites/schema.ts';
import type { DailySummaryFigures } from './summary-figures.ts';

/** What a request is about (水电, 物业, 审批, …): routing rules and the desk's figures read it. Kept by administrators. */
export const serviceCategories = pgTable('service_categories', {
  /** Stable, lower case; requests and rules refer to it, so it never changes once created. */
  code: text('code').primaryKey(),
  nameZhCn: text('name_zh_cn').notNull(),
  nameZhTw: text('name_zh_tw').notNull(),
  nameEn: text('name_en').notNull(),
  /** What the category takes, shown to whoever chooses it. */
  description: text('description'),
  /**
   * One of the technology market's service windows (服务窗口: technology trading, IP, finance, legal): shown on the
   * market's pages, routed to the market's team, and open to investors without an enterprise; it asks for no place.
   */
  marketWindow: boolean('market_window').notNull().default(false),
  /** An inactive category takes no new requests; its requests stay. */
  active: boolean('active').notNull().default(true),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ServiceCategory = typeof serviceCategories.$inferSelect;

export const serviceRequestStates = ['new', 'accepted', 'in_progress', 'waiting_on_enterprise', 'resolved', 'closed'] as const;
export type ServiceRequestState = (typeof serviceRequestStates)[number];

export const serviceRequestChannels = ['web', 'phone', 'walk-in'] as const;
export type ServiceRequestChannel = (typeof serviceRequestChannels)[number];

export const serviceRequestPriorities = ['urgent', 'high', 'normal', 'low'] as const;
export type ServiceRequestPriority = (typeof serviceRequestPriorities)[number];

export const serviceRequestNumbers = pgSequence('service_request_number_seq');

/**
 * An enterprise's request to the service desk (诉求/工单), or an investor's own at one of the market's windows. Its team is where routing (or a handover) put it; its
 * owner is the agent who accepted it (首问负责制), who stays its owner when the work is handed to another team.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * 工单号 people quote on the phone: SR, the year in Beijing, a running number. Requests made at the market's
     * windows before the desk took them over keep their FW… number (migration 0046), so that it still finds them.
     */
    reference: text('reference')
      .notNull()
      .unique()
      .default(sql`('SR' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('service_request_number_seq')::text, 6, '0'))`),
    /** The enterprise it is for; null only for an investor's own request at a market window, theirs alone. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    openedById: uuid('opened_by_id').references(() => users.id, { onDelete: 'set null' }),
    openedByName: text('opened_by_name').notNull(),
    /** web: the enterprise itself; phone and walk-in: logged by an agent for the enterprise. */
    channel: text('channel', { enum: serviceRequestChannels }).notNull(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => serviceCategories.code),
    priority: text('priority', { enum: serviceRequestPriorities }).notNull(),
    /** Where, from the sites register (a site and optionally its building, floor and unit) … */
    siteId: uuid('site_id').references(() => sites.id),
    buildingId: uuid('building_id').references(() => siteBuildings.id),
    floorId: uuid('floor_id').references(() => siteFloors.id),
    unitId: uuid('unit_id').references(() => siteUnits.id),
    /** … or in the enterprise's words, for a place the register does not hold; a market window asks for neither. */
    locationText: text('location_text'),
    description: text('description').notNull(),
    state: text('state', { enum: serviceRequestStates }).notNull(),
    /** The team whose queue holds it; null when no routing rule matched (the fallback owner's then). */
    teamId: uuid('team_id').references(() => teams.id),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** The opener's key for one submission: a second submit with it answers the first request. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** The request this duplicate was merged into; its thread is read from there too. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => serviceRequests.id),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    /** When it was last resolved; a reopening clears it. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /**
     * The current cycle's SLA instants (refresh-request-sla.ts sets them in every write's transaction), so that the
     * at-risk and breached queues are plain SQL: null while the target is met, paused or the request is done.
     */
    slaResponseWarnAt: timestamp('sla_response_warn_at', { withTimezone: true }),
    slaResponseDueAt: timestamp('sla_response_due_at', { withTimezone: true }),
    slaResolutionWarnAt: timestamp('sla_resolution_warn_at', { withTimezone: true }),
    slaResolutionDueAt: timestamp('sla_resolution_due_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_requests_sla_resolution_idx').on(t.slaResolutionWarnAt),
    index('service_requests_sla_response_idx').on(t.slaResponseWarnAt),
    uniqueIndex('service_requests_idempotency_idx').on(t.openedById, t.idempotencyKey),
    index('service_requests_enterprise_idx').on(t.enterpriseId, t.createdAt),
    index('service_requests_team_idx').on(t.teamId, t.state),
    index('service_requests_owner_idx').on(t.ownerId, t.state),
    index('service_requests_resolved_idx').on(t.state, t.resolvedAt),
    check('service_requests_rating_check', sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
  ],
);

export type ServiceRequest = typeof serviceRequests.$inferSelect;

export const serviceMessageVisibilities = ['public', 'internal'] as const;
export type ServiceMessageVisibility = (typeof serviceMessageVisibilities)[number];

/** One message of a request's thread: a public reply both sides read, or the staff's internal note. */
export const serviceRequestMessages = pgTable(
  'service_request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    side: text('side', { enum: ['requester', 'staff'] }).notNull(),
    visibility: text('visibility', { enum: serviceMessageVisibilities }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index('service_request_messages_request_idx').on(t.requestId, t.createdAt),
    check('service_request_messages_internal_check', sql`${t.visibility} = 'public' OR ${t.side} = 'staff'`),
  ],
);

/** A reply agents insert and adapt: a team's own, or for every team when it names none. */
export const serviceCannedReplies = pgTable(
  'service_canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_canned_replies_team_idx').on(t.teamId)],
);

/** Which team takes a new request: by category, by site or by both; the most specific matching rule wins. */
export const serviceRoutingRules = pgTable(
  'service_routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryCode: text('category_code').references(() => serviceCategories.code),
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One rule per pair, an absent half included: two rules could never be told apart.
    unique('service_routing_rules_match_key').on(t.categoryCode, t.siteId).nullsNotDistinct(),
    check('service_routing_rules_match_check', sql`${t.categoryCode} IS NOT NULL OR ${t.siteId} IS NOT NULL`),
  ],
);

export type ServiceRoutingRule = typeof serviceRoutingRules.$inferSelect;

/**
 * The desk's settings, one row: the fallback owner takes the requests no rule routes. Once set it can be changed
 * but never cleared, so an unrouted request always has someone.
 */
export const serviceDeskSettings = pgTable(
  'service_desk_settings',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    fallbackOwnerId: uuid('fallback_owner_id')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('service_desk_settings_singleton_check', sql`${t.singleton}`)],
);

export const slaCalendars = ['always', 'business'] as const;
export type SlaCalendarKind = (typeof slaCalendars)[number];

/**
 * How fast a request must be answered and resolved, by priority and optionally category (none = any category);
 * the most specific policy wins. Targets are minutes of working time on the calendar: `always` (7×24) or
 * `business` (office hours on China's working days).
 */
export const serviceSlaPolicies = pgTable(
  'service_sla_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryCode: text('category_code').references(() => serviceCategories.code),
    priority: text('priority', { enum: serviceRequestPriorities }).notNull(),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    calendar: text('calendar', { enum: slaCalendars }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('service_sla_policies_match_key').on(t.categoryCode, t.priority).nullsNotDistinct(),
    check('service_sla_policies_minutes_check', sql`${t.firstResponseMinutes} > 0 AND ${t.resolutionMinutes} >= ${t.firstResponseMinutes}`),
  ],
);

export type ServiceSlaPolicy = typeof serviceSlaPolicies.$inferSelect;

/**
 * One team's daily summary (一天一总结): the figures of a China calendar day as they stood when produced the next
 * morning for the 7:30 meeting, kept so that a past day reads as it was presented. One per team and day, so that
 * the job run twice, or by two instances, makes one; producing again on demand replaces the figures.
 */
export const serviceDailySummaries = pgTable(
  'service_daily_summaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    day: date('day', { mode: 'string' }).notNull(),
    figures: jsonb('figures').$type<DailySummaryFigures>().notNull(),
    producedAt: timestamp('produced_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who produced it again on demand; null for the scheduled job. */
    producedById: uuid('produced_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [unique('service_daily_summaries_team_day_key').on(t.teamId, t.day), index('service_daily_summaries_day_idx').on(t.day)],
);

export type ServiceDailySummary = typeof serviceDailySummaries.$inferSelect;

export const slaOutcomeTargets = ['response', 'resolution'] as const;
export const slaOutcomes = ['met', 'breached'] as const;

/**
 * How each SLA target of each cycle of a request was decided, written when it is (the write that meets it, or the
 * breach timer at its deadline) so that the daily summary and the reports count outcomes by the day and month they
 * fell in without replaying every request's clock. A target met late stays breached; its `met_at` is filled then.
 */
export const serviceRequestSlaOutcomes = pgTable(
  'service_request_sla_outcomes',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    cycle: integer('cycle').notNull(),
    target: text('target', { enum: slaOutcomeTargets }).notNull(),
    outcome: text('outcome', { enum: slaOutcomes }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    metAt: timestamp('met_at', { withTimezone: true }),
    /** When it was decided: when met in time, or at the deadline when not. */
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.cycle, t.target] }), index('service_request_sla_outcomes_decided_idx').on(t.decidedAt)],
);
