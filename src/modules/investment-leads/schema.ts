import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { industries } from '../reference/schema.ts';

/** Where a lead came from: a visit, a referral, a promotion conference, the competition, a field office's research, an inquiry. */
export const leadSources = ['visit', 'referral', 'conference', 'competition', 'field-research', 'inbound'] as const;
export type LeadSource = (typeof leadSources)[number];

export const leadPriorities = ['high', 'normal', 'low'] as const;
export type LeadPriority = (typeof leadPriorities)[number];

export const leadStatuses = ['open', 'converted', 'dropped'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/**
 * A lead (线索): an enterprise worth courting, kept by a team and owned by an officer, or in the pool (公海) when
 * nobody owns it. Its status moves through the lead workflow (lead-workflow.ts), as do its claims, assignments
 * and returns to the pool, so that each is on the enterprise's timeline.
 */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    source: text('source', { enum: leadSources }).notNull(),
    sourceNote: text('source_note'),
    /** GB/T 4754-2017 code at any level, as enterprises have. */
    industryCode: text('industry_code').references(() => industries.code),
    /** The industry-chain segment the lead would fill or strengthen; free text for now. */
    chainSegment: text('chain_segment'),
    /** The officer working it; null while in the pool. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id),
    priority: text('priority', { enum: leadPriorities }).notNull().default('normal'),
    nextFollowUpOn: date('next_follow_up_on'),
    status: text('status', { enum: leadStatuses }).notNull(),
    /** Why it was dropped; null otherwise. */
    dropReason: text('drop_reason'),
    /**
     * The last change or follow-up: an owned open lead untouched for LEAD_POOL_RETURN_DAYS, and past its next
     * follow-up day, goes back to the pool (lead-idle.ts).
     */
    touchedAt: timestamp('touched_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The touchedAt and nextFollowUpOn its owner was last warned of: together they fix the instant the lead returns,
     * so each idle period warns once, and a change of either is a new period. A null warnedTouchedAt clears the marker.
     */
    warnedTouchedAt: timestamp('warned_touched_at', { withTimezone: true }),
    warnedFollowUpOn: date('warned_follow_up_on'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('leads_enterprise_idx').on(t.enterpriseId),
    index('leads_owner_idx').on(t.ownerId, t.status),
    index('leads_team_idx').on(t.teamId, t.status),
    index('leads_idle_idx').on(t.status, t.touchedAt),
    // The pool job's query: owned open leads touched before a cutoff, their follow-up day read off the index too.
    index('leads_owned_idle_idx').on(t.touchedAt, t.nextFollowUpOn).where(sql`${t.status} = 'open' AND ${t.ownerId} IS NOT NULL`),
    check('leads_status_check', sql`${t.status} IN ('open', 'converted', 'dropped')`),
    check('leads_source_check', sql`${t.source} IN ('visit', 'referral', 'conference', 'competition', 'field-research', 'inbound')`),
    check('leads_priority_check', sql`${t.priority} IN ('high', 'normal', 'low')`),
  ],
);

export type Lead = typeof leads.$inferSelect;

/** A dated note of contact with the lead's enterprise, by an officer. */
export const leadFollowUps = pgTable(
  'lead_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    /** The China calendar day of the contact. */
    happenedOn: date('happened_on').notNull(),
    note: text('note').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('lead_follow_ups_lead_idx').on(t.leadId, t.happenedOn)],
);
