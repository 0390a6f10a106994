import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/schemas.ts';
import { benefitKinds, deliveryModes, policyLevels, policyStates } from '../policies/schema.ts';
import { evaluationFigures } from './evaluation-facts.ts';

export const evaluationQuery = z.object({
  level: z.enum(policyLevels).optional().describe('Only policies of this level'),
  policyId: z.uuid().optional().describe('Only this policy'),
});
export type EvaluationQuery = z.infer<typeof evaluationQuery>;

export const evaluationPageQuery = evaluationQuery.extend(pageQuery.shape);

const count = z.number().int();

/** One row's figures: enterprises reaching each step (each counted once), the money paid, days to payout, ratings. */
export const figuresSchema = z.object({
  eligible: count.describe('Enterprises that fit every condition now'),
  possible: count.describe('Enterprises that fit but for facts the register lacks'),
  notified: count.describe('Enterprises told by the push'),
  applied: count.describe('Enterprises that submitted an application'),
  approved: count.describe('Enterprises approved: by review, or on a confirmed 免申即享 list'),
  paid: count.describe('Enterprises paid'),
  amountWan: z.number().describe('Paid, in 万元'),
  medianDaysToPayout: z.number().nullable().describe('China days from submission (or the 免申即享 confirmation) to payout; null before any payout'),
  ratings: count,
  meanRating: z.number().nullable(),
});
export type EvaluationFiguresRow = z.infer<typeof figuresSchema>;

const itemSchema = z.object({ id: z.uuid(), title: z.string(), kind: z.enum(benefitKinds), delivery: z.enum(deliveryModes), figures: figuresSchema });

export const policyEvaluationSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  level: z.enum(policyLevels),
  state: z.enum(policyStates).describe('Published or withdrawn: drafts are not evaluated'),
  issuedOn: z.string(),
  figures: figuresSchema.describe("Over the policy's items: each enterprise counted once per figure"),
  items: z.array(itemSchema),
});
export type PolicyEvaluation = z.infer<typeof policyEvaluationSchema>;

export const evaluationReportSchema = pageOf(policyEvaluationSchema).extend({
  totals: figuresSchema.describe('Over every policy the filters select, not only this page: each enterprise counted once per figure'),
});
export type EvaluationReport = z.infer<typeof evaluationReportSchema>;

export const evaluationEnterprisesQuery = evaluationQuery.extend({
  ...pageQuery.shape,
  figure: z.enum(evaluationFigures),
  itemId: z.uuid().optional().describe('Only this benefit item'),
});
export type EvaluationEnterprisesQuery = z.infer<typeof evaluationEnterprisesQuery>;

export const evaluationEnterprisesSchema = pageOf(
  z.object({
    enterpriseId: z.uuid(),
    name: z.string(),
    creditCode: z.string().nullable(),
    items: z.array(z.object({ id: z.uuid(), title: z.string() })).describe('The items behind the figure for this enterprise'),
    amountWan: z.number().nullable().describe('Paid to it under those items (the paid figure only)'),
  }),
);
export type EvaluationEnterprises = z.infer<typeof evaluationEnterprisesSchema>;
