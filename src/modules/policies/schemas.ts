import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { amountRuleSchema, ruleSchema } from './rules/rule-schemas.ts';
import { benefitKinds, deliveryModes, policyLevels, policyStates } from './schema.ts';
import { guideStatuses } from './policy-terms.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

/** Bounds of a policy's texts: a 文件 runs to tens of thousands of characters; a guide's part to a page. */
export const policyTextLimits = { title: 200, issuer: 100, documentNumber: 60, originalText: 100_000, guidePart: 4_000 } as const;

const guideFields = {
  guideTarget: optionalText(policyTextLimits.guidePart).describe('申报对象: who may apply'),
  guideConditions: optionalText(policyTextLimits.guidePart).describe('申报条件, in plain words'),
  guideAmount: optionalText(policyTextLimits.guidePart).describe('支持标准: how much'),
  guideHowToApply: optionalText(policyTextLimits.guidePart).describe('申报方式: where, when and with what'),
  guideContact: optionalText(policyTextLimits.guidePart).describe('咨询电话 and office'),
};

const policyFields = {
  title: text(policyTextLimits.title).min(1),
  issuer: text(policyTextLimits.issuer).min(1).describe('发文机关, e.g. 青岛市崂山区人民政府'),
  level: z.enum(policyLevels),
  documentNumber: optionalText(policyTextLimits.documentNumber).describe('文号, e.g. 崂政发〔2026〕3号'),
  issuedOn: day,
  effectiveOn: day.nullable().optional(),
  expiresOn: day.nullable().optional(),
  applicationOpensOn: day.nullable().optional(),
  applicationClosesOn: day.nullable().optional(),
  originalText: text(policyTextLimits.originalText).optional(),
  ...guideFields,
};

export const createPolicyBody = z.object(policyFields);
export type CreatePolicyInput = z.output<typeof createPolicyBody>;

export const updatePolicyBody = z.object({
  ...policyFields,
  title: policyFields.title.optional(),
  issuer: policyFields.issuer.optional(),
  level: policyFields.level.optional(),
  issuedOn: policyFields.issuedOn.optional(),
});
export type UpdatePolicyInput = z.output<typeof updatePolicyBody>;

export const policyListQuery = pageQuery.extend({
  q: text(100).optional().describe('Within the title, document number or issuer'),
  level: z.enum(policyLevels).optional(),
  state: z.enum(policyStates).optional().describe('Staff only; others see published policies whatever they ask'),
  issuer: text(100).optional().describe('Within the issuing body'),
  guide: z.enum(guideStatuses).optional().describe("The guide's status, e.g. overdue"),
});
export type PolicyListQuery = z.output<typeof policyListQuery>;

export const policySummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  issuer: z.string(),
  level: z.enum(policyLevels),
  documentNumber: z.string().nullable(),
  issuedOn: z.string(),
  effectiveOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  applicationOpensOn: z.string().nullable(),
  applicationClosesOn: z.string().nullable(),
  state: z.enum(policyStates),
  publishedAt: z.date().nullable(),
  guideDueAt: z.date(),
  guidePublishedAt: z.date().nullable(),
  guideStatus: z.enum(guideStatuses),
  itemCount: z.number().int(),
  updatedAt: z.date(),
});
export type PolicySummary = z.output<typeof policySummarySchema>;
export const policyPage = pageOf(policySummarySchema);

export const itemFields = {
  title: text(200).min(1),
  kind: z.enum(benefitKinds),
  delivery: z.enum(deliveryModes).describe('automatic (免申即享) only for an item with at least one condition'),
  rule: ruleSchema,
  amountRule: amountRuleSchema,
  requiredFiles: z.array(text(100).min(1)).max(20).describe('The files an application carries, in the officer\'s words'),
  description: optionalText(4_000),
};

export const benefitItemBody = z.object({
  ...itemFields,
  delivery: itemFields.delivery.default('application'),
  rule: itemFields.rule.default({ all: [] }),
  amountRule: itemFields.amountRule.default({ kind: 'none' }),
  requiredFiles: itemFields.requiredFiles.default([]),
});
export type BenefitItemInput = z.output<typeof benefitItemBody>;

export const updateBenefitItemBody = z.object({
  title: itemFields.title.optional(),
  kind: itemFields.kind.optional(),
  delivery: itemFields.delivery.optional(),
  rule: itemFields.rule.optional(),
  amountRule: itemFields.amountRule.optional(),
  requiredFiles: itemFields.requiredFiles.optional(),
  description: itemFields.description,
});
export type UpdateBenefitItemInput = z.output<typeof updateBenefitItemBody>;

export const reorderItemsBody = z.object({ itemIds: z.array(z.uuid()).max(200).describe("Every item of the policy, in the new order") });

export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const benefitItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(benefitKinds),
  delivery: z.enum(deliveryModes),
  rule: ruleSchema,
  amountRule: amountRuleSchema,
  requiredFiles: z.array(z.string()),
  description: z.string().nullable(),
});
export type BenefitItemView = z.output<typeof benefitItemSchema>;

export const policyDetailSchema = policySummarySchema.extend({
  originalText: z.string(),
  guideTarget: z.string().nullable(),
  guideConditions: z.string().nullable(),
  guideAmount: z.string().nullable(),
  guideHowToApply: z.string().nullable(),
  guideContact: z.string().nullable(),
  createdByName: z.string().nullable(),
  items: z.array(benefitItemSchema),
  /** The names of the tags, lists, industries and regions the items' rules name, by id or code. */
  names: z.object({
    tags: z.record(z.string(), z.string()),
    lists: z.record(z.string(), z.string()),
    industries: z.record(z.string(), z.string()),
    regions: z.record(z.string(), z.string()),
  }),
  /** What the caller may do now: edit, publish, withdraw, delete. */
  actions: z.array(z.enum(['edit', 'publish', 'withdraw', 'delete'])),
});
export type PolicyDetail = z.output<typeof policyDetailSchema>;

export const policyListBody = z.object({ name: text(100).min(1), description: optionalText(1_000) });
export type PolicyListInput = z.output<typeof policyListBody>;

export const policyListSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.date(),
});
export type PolicyListView = z.output<typeof policyListSchema>;
export const policyListPage = pageOf(policyListSchema);
export const policyListsQuery = pageQuery.extend({ q: text(100).optional() });
export type PolicyListsQuery = z.output<typeof policyListsQuery>;

export const listMemberBody = z.object({ enterpriseId: z.uuid() });
export const listMemberParams = z.object({ id: z.uuid(), enterpriseId: z.uuid() });
export const listMemberSchema = z.object({ enterpriseId: z.uuid(), name: z.string(), addedAt: z.date() });
export const listMemberPage = pageOf(listMemberSchema);
