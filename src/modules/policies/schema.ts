import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import type { AmountRule, Rule } from './rules/rule-schemas.ts';
import { benefitKinds, deliveryModes, policyLevels, policyStates } from './policy-terms.ts';

export { benefitKinds, deliveryModes, policyLevels, policyStates };
export type { BenefitKind, DeliveryMode, PolicyLevel, PolicyState } from './policy-terms.ts';

const list = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** 惠企政策: a policy document with its plain-language guide (申报指南). */
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    level: text('level', { enum: policyLevels }).notNull(),
    /** 文号, e.g. 崂政发〔2026〕3号. */
    documentNumber: text('document_number'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    applicationOpensOn: date('application_opens_on', { mode: 'string' }),
    applicationClosesOn: date('application_closes_on', { mode: 'string' }),
    originalText: text('original_text').notNull().default(''),
    guideTarget: text('guide_target'),
    guideConditions: text('guide_conditions'),
    guideAmount: text('guide_amount'),
    guideHowToApply: text('guide_how_to_apply'),
    guideContact: text('guide_contact'),
    /** 7 working days after issue on the working calendar: when the guide must be out. */
    guideDueAt: timestamp('guide_due_at', { withTimezone: true }).notNull(),
    guidePublishedAt: timestamp('guide_published_at', { withTimezone: true }),
    state: text('state', { enum: policyStates }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('policies_state_issued_idx').on(t.state, t.issuedOn),
    check('policies_level_check', sql`${t.level} IN (${list(policyLevels)})`),
    check('policies_state_check', sql`${t.state} IN (${list(policyStates)})`),
    check('policies_dates_check', sql`${t.expiresOn} IS NULL OR ${t.effectiveOn} IS NULL OR ${t.effectiveOn} <= ${t.expiresOn}`),
    check(
      'policies_window_check',
      sql`${t.applicationClosesOn} IS NULL OR ${t.applicationOpensOn} IS NULL OR ${t.applicationOpensOn} <= ${t.applicationClosesOn}`,
    ),
  ],
);

export type Policy = typeof policies.$inferSelect;

/** A benefit item (奖励, 补贴, 减免, 服务) within a policy: its conditions and amount rule as data. */
export const policyBenefitItems = pgTable(
  'policy_benefit_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    /** Order within the policy. */
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    kind: text('kind', { enum: benefitKinds }).notNull(),
    delivery: text('delivery', { enum: deliveryModes }).notNull().default('application'),
    rule: jsonb('rule').$type<Rule>().notNull().default({ all: [] }),
    amountRule: jsonb('amount_rule').$type<AmountRule>().notNull().default({ kind: 'none' }),
    /** The files an application must carry, named in the officer's words (营业执照, 研发费用专项审计报告). */
    requiredFiles: text('required_files').array().notNull().default([]),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('policy_benefit_items_policy_idx').on(t.policyId, t.position),
    check('policy_benefit_items_kind_check', sql`${t.kind} IN (${list(benefitKinds)})`),
    check('policy_benefit_items_delivery_check', sql`${t.delivery} IN (${list(deliveryModes)})`),
  ],
);

export type PolicyBenefitItem = typeof policyBenefitItems.$inferSelect;

/** A named list of enterprises (a competition's winners, 瞪羚企业) that a condition may ask membership of. */
export const policyLists = pgTable('policy_lists', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const policyListMembers = pgTable(
  'policy_list_members',
  {
    listId: uuid('list_id')
      .notNull()
      .references(() => policyLists.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.enterpriseId] }), index('policy_list_members_enterprise_idx').on(t.enterpriseId)],
);

/**
 * Who fits a published item, as last worked out: eligible, or possibly (nothing unmet, something unknown). The push
 * tells an enterprise once, when it first appears here (`notifiedAt`); a row that no longer fits is deleted, and
 * fitting again later is news again. The evaluation counts eligible and notified from here.
 */
export const policyEligibility = pgTable(
  'policy_eligibility',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => policyBenefitItems.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['eligible', 'possible'] }).notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.enterpriseId] }),
    index('policy_eligibility_enterprise_idx').on(t.enterpriseId),
    check('policy_eligibility_status_check', sql`${t.status} IN ('eligible', 'possible')`),
  ],
);
