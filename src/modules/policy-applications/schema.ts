import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { attachments } from '../../platform/attachments/schema.ts';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import type { FigureIndicator } from '../enterprises/figure-indicators.ts';
import { policyBenefitItems } from '../policies/schema.ts';

/**
 * An application's life (快申快享): 草稿 (the enterprise gathers its files) → 已提交 → 已受理 → 已审核 (approved, with an
 * amount) → 公示 → 已兑现; 退回 to the enterprise with reasons and resubmitted; 不予支持; withdrawn by the enterprise
 * before review.
 */
export const applicationStates = ['draft', 'submitted', 'accepted', 'reviewed', 'publicized', 'paid', 'returned', 'rejected', 'withdrawn'] as const;
export type ApplicationState = (typeof applicationStates)[number];

/** Still under way: one per enterprise and item at a time (a partial unique index), and counted by the 60-day clock. */
export const openApplicationStates = ['draft', 'submitted', 'accepted', 'reviewed', 'publicized', 'returned'] as const;

/** How a payout came about: after an application (快申快享), or from the confirmed data-qualified list (免申即享). */
export const payoutModes = ['application', 'automatic'] as const;
export type PayoutMode = (typeof payoutModes)[number];

const list = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** The master record as it stood when the enterprise applied: what the reviewers judge, whatever changes later. */
export interface ApplicationSnapshot {
  name: string;
  creditCode: string | null;
  industryCode: string | null;
  regionCode: string | null;
  figures: { year: number; indicator: FigureIndicator; value: number | null }[];
}

export const policyApplicationNumbers = pgSequence('policy_application_number_seq');

export const policyApplications = pgTable(
  'policy_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 申报编号 quoted on the phone: ZC, the year in Beijing, a running number (ZC-2026-000123). */
    number: text('number')
      .notNull()
      .unique()
      .default(sql`('ZC-' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('policy_application_number_seq')::text, 6, '0'))`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => policyBenefitItems.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    appliedById: uuid('applied_by_id').references(() => users.id, { onDelete: 'set null' }),
    appliedByName: text('applied_by_name').notNull(),
    state: text('state', { enum: applicationStates }).notNull(),
    /** The applicant's key for one application: the same key again answers the first. */
    idempotencyKey: text('idempotency_key').notNull(),
    snapshot: jsonb('snapshot').$type<ApplicationSnapshot>().notNull(),
    /** What the item's amount rule gives on the snapshot's figures; null when it cannot say. */
    suggestedAmountWan: numeric('suggested_amount_wan', { precision: 14, scale: 4, mode: 'number' }),
    /** The enterprise's own words: what it asks for and why. */
    statement: text('statement').notNull().default(''),
    approvedAmountWan: numeric('approved_amount_wan', { precision: 14, scale: 4, mode: 'number' }),
    /** The last day of the 公示 period. */
    noticeEndsOn: date('notice_ends_on', { mode: 'string' }),
    /** The last return's reasons, shown to the enterprise while it corrects. */
    returnReasons: text('return_reasons'),
    rejectionReason: text('rejection_reason'),
    /** First submission: the 60-working-day clock starts here. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The clock's warning and due instants (application-clock.ts); null while returned (paused) or when done. */
    warnAt: timestamp('warn_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('policy_applications_idempotency_idx').on(t.enterpriseId, t.idempotencyKey),
    // Two applications at once for one item: the second insert meets the first's row and is answered 409.
    uniqueIndex('policy_applications_one_open_idx')
      .on(t.enterpriseId, t.itemId)
      .where(sql.raw(`state IN (${openApplicationStates.map((state) => `'${state}'`).join(', ')})`)),
    index('policy_applications_state_idx').on(t.state, t.dueAt),
    index('policy_applications_item_idx').on(t.itemId, t.state),
    check('policy_applications_state_check', sql`${t.state} IN (${list(applicationStates)})`),
    check('policy_applications_rating_check', sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
    check('policy_applications_amount_check', sql`${t.approvedAmountWan} IS NULL OR ${t.approvedAmountWan} > 0`),
  ],
);

export type PolicyApplication = typeof policyApplications.$inferSelect;

/** Which uploaded file stands for which of the item's required files, as the enterprise named them when submitting. */
export const policyApplicationFiles = pgTable(
  'policy_application_files',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => policyApplications.id, { onDelete: 'cascade' }),
    requiredFile: text('required_file').notNull(),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.requiredFile, t.attachmentId] })],
);

/**
 * 免申即享: staff confirm the data-qualified list of an automatic item as it stood (who, when, which enterprises with
 * the amounts computed then); the payouts made without application cite it.
 */
export const policyAutomaticConfirmations = pgTable(
  'policy_automatic_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => policyBenefitItems.id),
    enterprises: jsonb('enterprises').$type<{ enterpriseId: string; name: string; amountWan: number | null }[]>().notNull(),
    confirmedById: uuid('confirmed_by_id').references(() => users.id, { onDelete: 'set null' }),
    confirmedByName: text('confirmed_by_name').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('policy_automatic_confirmations_item_idx').on(t.itemId, t.confirmedAt)],
);

/** Money paid to an enterprise under a benefit item, either way: its timeline and its benefits read these. */
export const policyPayouts = pgTable(
  'policy_payouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => policyBenefitItems.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    applicationId: uuid('application_id').references(() => policyApplications.id),
    confirmationId: uuid('confirmation_id').references(() => policyAutomaticConfirmations.id),
    mode: text('mode', { enum: payoutModes }).notNull(),
    amountWan: numeric('amount_wan', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    /** The payment voucher (an attachment on the application); automatic payouts cite the confirmation instead. */
    evidenceAttachmentId: uuid('evidence_attachment_id').references(() => attachments.id),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('policy_payouts_application_idx').on(t.applicationId),
    // 免申即享 pays an enterprise once per item and year, however often the list is confirmed or the button pressed.
    uniqueIndex('policy_payouts_automatic_once_idx')
      .on(t.itemId, t.enterpriseId, sql`(extract(year from ${t.paidOn}))`)
      .where(sql`${t.mode} = 'automatic'`),
    index('policy_payouts_enterprise_idx').on(t.enterpriseId, t.paidOn),
    check('policy_payouts_amount_check', sql`${t.amountWan} > 0`),
    check('policy_payouts_mode_check', sql`${t.mode} IN (${list(payoutModes)})`),
    check('policy_payouts_source_check', sql`(${t.mode} = 'application') = (${t.applicationId} IS NOT NULL)`),
  ],
);

export type PolicyPayout = typeof policyPayouts.$inferSelect;
