import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES } from '../matching/types.ts';
import { enterprises } from '../enterprises/schema.ts';
import { industries } from '../reference/schema.ts';

/** The states every market record (listing, demand) moves through; see market-workflow.ts. */
export const marketStates = ['draft', 'submitted', 'published', 'withdrawn', 'expired'] as const;
export type MarketState = (typeof marketStates)[number];

export const patentTypes = ['invention', 'utility-model', 'design', 'software-copyright'] as const;
export const patentStatuses = ['pending', 'granted', 'expired', 'invalid'] as const;
export const demandKinds = ['technology', 'capital'] as const;
/** Who is to own the IP that answering a technology demand produces. */
export const ipOwnerships = ['demander', 'provider', 'shared', 'negotiable'] as const;

/** A patent or software copyright behind a listing. */
export interface Patent {
  number: string;
  type: (typeof patentTypes)[number];
  status: (typeof patentStatuses)[number];
}

/** Whom to talk to about a record; kept on the record, as a listing's contact is often not the enterprise's. */
export interface MarketContact {
  name: string;
  phone: string | null;
  email: string | null;
}

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** 领域: the curated technology fields listings and demands are filed under, maintained by administrators. */
export const marketFields = pgTable(
  'market_fields',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Simplified Chinese; zh-TW readers get it through opencc. */
    name: text('name').notNull(),
    /** Normalised name, unique, so that 海洋科技 and 海洋科技 in Traditional are one field. */
    nameKey: text('name_key').notNull().unique(),
    nameEn: text('name_en').notNull(),
    /** The nearest GB/T 4754-2017 industry, where one fits. */
    industryCode: text('industry_code').references(() => industries.code),
    /** Deactivated fields stay on the records filed under them but are not offered for new ones. */
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
);

/**
 * What listings and demands share: the owner organisation, the workflow state, the last submission and the review's
 * last rejection, and the publication's expiry with the expiry a reminder was last sent for (so that a reminder goes
 * once per period, however many instances or reruns of the daily job).
 */
const marketRecordColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => enterprises.id),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  contacts: jsonb('contacts').$type<MarketContact[]>().notNull().default([]),
  state: text('state', { enum: marketStates }).notNull(),
  rejectionReason: text('rejection_reason'),
  /** The last submission for review: how long a submitted record has waited, and the review queue's order. */
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  remindedExpiresAt: timestamp('reminded_expires_at', { withTimezone: true }),
  /** Normalised public text (never confidential details), searched with LIKE in either script. */
  searchText: text('search_text').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 科技成果: a technology offered by its owner for transfer, licence, equity or co-development. */
export const listings = pgTable(
  'listings',
  {
    ...marketRecordColumns(),
    details: text('details').notNull().default(''),
    fieldId: uuid('field_id').references(() => marketFields.id),
    keywords: text('keywords').array().notNull().default([]),
    maturity: text('maturity', { enum: MATURITY_LEVELS }),
    trl: smallint('trl'),
    patents: jsonb('patents').$type<Patent[]>().notNull().default([]),
    modes: text('modes', { enum: TRANSACTION_MODES }).array().notNull().default([]),
    /** Asking price in 万元; null is 面议. */
    priceWan: numeric('price_wan', { precision: 14, scale: 2, mode: 'number' }),
  },
  (t) => [
    index('listings_state_idx').on(t.state, t.updatedAt),
    index('listings_owner_idx').on(t.ownerId),
    index('listings_field_idx').on(t.fieldId),
    index('listings_expiry_idx').on(t.expiresAt).where(sql`${t.state} = 'published'`),
    check('listings_state_check', sql`${t.state} IN (${inList(marketStates)})`),
    check('listings_maturity_check', sql`${t.maturity} IN (${inList(MATURITY_LEVELS)})`),
    check('listings_trl_check', sql`${t.trl} BETWEEN 1 AND 9`),
  ],
);

/**
 * 需求表: an enterprise's technical problem (technology) or an investor's focus (capital). The summary is public
 * once published; the confidential details only its owner's users and the operators read (demand-policy.ts).
 */
export const demands = pgTable(
  'demands',
  {
    ...marketRecordColumns(),
    kind: text('kind', { enum: demandKinds }).notNull(),
    confidentialDetails: text('confidential_details').notNull().default(''),
    /** A technology demand's one field (if known); an investor's fields. Checked against market_fields on write. */
    fieldIds: uuid('field_ids').array().notNull().default([]),
    // Technology demands.
    targets: text('targets').notNull().default(''),
    budgetWan: numeric('budget_wan', { precision: 14, scale: 2, mode: 'number' }),
    deadline: date('deadline', { mode: 'string' }),
    maturityNeeded: text('maturity_needed', { enum: MATURITY_LEVELS }),
    ipOwnership: text('ip_ownership', { enum: ipOwnerships }),
    // Capital demands: the maturity stages invested in, the ticket size, the modes.
    stages: text('stages', { enum: MATURITY_LEVELS }).array().notNull().default([]),
    ticketMinWan: numeric('ticket_min_wan', { precision: 14, scale: 2, mode: 'number' }),
    ticketMaxWan: numeric('ticket_max_wan', { precision: 14, scale: 2, mode: 'number' }),
    modes: text('modes', { enum: TRANSACTION_MODES }).array().notNull().default([]),
  },
  (t) => [
    index('demands_state_idx').on(t.state, t.updatedAt),
    index('demands_owner_idx').on(t.ownerId),
    index('demands_field_idx').using('gin', t.fieldIds),
    index('demands_expiry_idx').on(t.expiresAt).where(sql`${t.state} = 'published'`),
    check('demands_state_check', sql`${t.state} IN (${inList(marketStates)})`),
    check('demands_kind_check', sql`${t.kind} IN (${inList(demandKinds)})`),
    check('demands_ticket_check', sql`${t.ticketMinWan} <= ${t.ticketMaxWan}`),
  ],
);

export type MarketField = typeof marketFields.$inferSelect;
export type ListingRow = typeof listings.$inferSelect;
export type DemandRow = typeof demands.$inferSelect;
