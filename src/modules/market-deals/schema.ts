import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { TRANSACTION_MODES } from '../matching/types.ts';
import { demands, listings } from '../market/schema.ts';

/** requested: waiting for a decision; accepted by every side asked; declined by one of them. */
export const introductionStates = ['requested', 'accepted', 'declined'] as const;
export type IntroductionState = (typeof introductionStates)[number];

/** Why an owner declines: the structured reasons the operator counts, and `other` with a text. */
export const declineReasons = ['stage-too-early', 'price', 'benefit-unclear', 'already-solved', 'other'] as const;
export type DeclineReason = (typeof declineReasons)[number];

/** Asked for by the party itself, or proposed by the operator between a listing and a demand. */
export const introductionOrigins = ['request', 'proposal'] as const;

/** 意向 → 洽谈 → 签约 → 技术合同登记 → 履约完成, or closed from any stage before completion; see deal-workflow.ts. */
export const dealStates = ['intent', 'negotiation', 'signed', 'registered', 'completed', 'closed'] as const;
export type DealState = (typeof dealStates)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * 意向: an introduction between a published listing and the party that wants it (an enterprise or an investor),
 * optionally about one of that party's demands. The listing's owner decides; when the operator proposes it with a
 * demand, the demand's owner decides too (a party asking itself has decided by asking). Accepted by every side asked,
 * it becomes a deal, and the listing's owner may read the demand's confidential details (demand-policy.ts).
 */
export const introductions = pgTable(
  'introductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id),
    demandId: uuid('demand_id').references(() => demands.id),
    /** The organisation on the other side of the listing: the one asking, or the proposed demand's owner. */
    partyId: uuid('party_id')
      .notNull()
      .references(() => enterprises.id),
    origin: text('origin', { enum: introductionOrigins }).notNull(),
    state: text('state', { enum: introductionStates }).notNull().default('requested'),
    message: text('message').notNull().default(''),
    /** When the listing's owner accepted. */
    listingAcceptedAt: timestamp('listing_accepted_at', { withTimezone: true }),
    /** When the demand's owner accepted (by asking, or by accepting a proposal); null without a demand. */
    demandAcceptedAt: timestamp('demand_accepted_at', { withTimezone: true }),
    declineReason: text('decline_reason', { enum: declineReasons }),
    declineText: text('decline_text'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open introduction per listing and party: concurrent requests meet here, and the later ones find the first.
    uniqueIndex('introductions_open_idx').on(t.listingId, t.partyId).where(sql`${t.state} IN ('requested', 'accepted')`),
    index('introductions_party_idx').on(t.partyId),
    index('introductions_demand_idx').on(t.demandId),
    index('introductions_state_idx').on(t.state, t.updatedAt),
    check('introductions_state_check', sql`${t.state} IN (${inList(introductionStates)})`),
    check('introductions_origin_check', sql`${t.origin} IN (${inList(introductionOrigins)})`),
    check('introductions_reason_check', sql`${t.declineReason} IN (${inList(declineReasons)})`),
  ],
);

/**
 * A deal brokered from an accepted introduction: the seller is the listing's owner, the buyer the other party, both
 * kept here so that the deal is on both timelines and follows a merge of either. The contract's facts are written
 * by the transitions that record them.
 */
export const deals = pgTable(
  'deals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    introductionId: uuid('introduction_id')
      .notNull()
      .unique()
      .references(() => introductions.id),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id),
    demandId: uuid('demand_id').references(() => demands.id),
    sellerId: uuid('seller_id')
      .notNull()
      .references(() => enterprises.id),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => enterprises.id),
    state: text('state', { enum: dealStates }).notNull().default('intent'),
    /** Contract amount in 万元. */
    amountWan: numeric('amount_wan', { precision: 14, scale: 2, mode: 'number' }),
    signedOn: date('signed_on', { mode: 'string' }),
    mode: text('mode', { enum: TRANSACTION_MODES }),
    /** The signed contract, an attachment of kind `deal` on this deal. */
    contractFileId: uuid('contract_file_id'),
    /** 技术合同登记号. */
    registrationNumber: text('registration_number'),
    closeReason: text('close_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('deals_seller_idx').on(t.sellerId),
    index('deals_buyer_idx').on(t.buyerId),
    index('deals_state_idx').on(t.state, t.updatedAt),
    check('deals_state_check', sql`${t.state} IN (${inList(dealStates)})`),
  ],
);

/** Which side wrote a message on a deal. */
export const dealSides = ['seller', 'buyer', 'operator'] as const;

/** The thread of a deal between its parties and the operator. */
export const dealMessages = pgTable(
  'deal_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    side: text('side', { enum: dealSides }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deal_messages_deal_idx').on(t.dealId, t.createdAt)],
);

export type IntroductionRow = typeof introductions.$inferSelect;
export type DealRow = typeof deals.$inferSelect;
export type DealMessageRow = typeof dealMessages.$inferSelect;
