import { z } from 'zod';
import { figureIndicators } from '../../enterprises/figure-indicators.ts';
import { pageOf } from '../../../platform/http/schemas.ts';
import { conditionOutcomes, conditionSchema, eligibilityStatuses } from '../rules/rule-schemas.ts';
import { benefitKinds, deliveryModes, policyLevels } from '../schema.ts';

const conditionFitSchema = z.object({
  condition: conditionSchema,
  outcome: z.enum(conditionOutcomes),
  actual: z
    .union([z.string(), z.number(), z.array(z.string())])
    .nullable()
    .describe("The enterprise's own value: industry or region code, size class, age in years, capital, the figure; the tags or list it carries of those asked"),
  missing: z.boolean().describe('The record lacks the fact: giving it (填报) decides the condition'),
  year: z.number().int().optional().describe('For an indicator: the year its figure is read for'),
});

export const itemFitSchema = z.object({
  itemId: z.uuid(),
  itemTitle: z.string(),
  kind: z.enum(benefitKinds),
  delivery: z.enum(deliveryModes),
  policyId: z.uuid(),
  policyTitle: z.string(),
  issuer: z.string(),
  level: z.enum(policyLevels),
  applicationClosesOn: z.string().nullable(),
  status: z.enum(eligibilityStatuses),
  conditions: z.array(conditionFitSchema),
  amountWan: z.number().nullable().describe('The estimated sum in 万元; null when not countable or a figure is missing'),
  missingFigure: z.object({ indicator: z.enum(figureIndicators), year: z.number().int() }).optional(),
});

export const enterpriseFitSchema = z.object({
  items: z.array(itemFitSchema),
  /** The names of the tags, lists, industries and regions the conditions name, by id or code. */
  names: z.object({
    tags: z.record(z.string(), z.string()),
    lists: z.record(z.string(), z.string()),
    industries: z.record(z.string(), z.string()),
    regions: z.record(z.string(), z.string()),
  }),
});

export const eligibleQuery = z.object({
  status: z.enum(['eligible', 'possible']).default('eligible'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const itemParams = z.object({ itemId: z.uuid() });

export const eligibleEnterprisesSchema = pageOf(z.object({ id: z.uuid(), name: z.string() })).extend({
  itemId: z.uuid(),
  itemTitle: z.string(),
  policyId: z.uuid(),
  policyTitle: z.string(),
  counts: z.object({ eligible: z.number().int(), possible: z.number().int() }),
});

export const commissionerNewsSchema = z.object({
  items: z.array(
    z.object({
      enterpriseId: z.uuid(),
      enterpriseName: z.string(),
      itemId: z.uuid(),
      itemTitle: z.string(),
      policyId: z.uuid(),
      policyTitle: z.string(),
      since: z.date().describe('When the enterprise was first seen eligible'),
    }),
  ),
});

export const textMatchesSchema = pageOf(
  z.object({
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    score: z.number().describe('The engine\'s text score (BM25F): comparable within one policy only'),
    terms: z.array(z.string()).describe('The enterprise\'s words shared with the policy, strongest first'),
  }),
).extend({ textMatched: z.boolean().describe('False for a policy not matched by its text: unpublished, expired, or with a rule-based item') });

export const mayConcernSchema = z.object({
  items: z.array(z.object({ policyId: z.uuid(), policyTitle: z.string(), issuer: z.string(), terms: z.array(z.string()) })),
});
