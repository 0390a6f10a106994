import { z } from 'zod';
import { figureIndicators } from '../../enterprises/figure-indicators.ts';
import { sizeClasses } from '../../enterprises/schema.ts';

/**
 * A benefit item's conditions and amount rule, stored as data (jsonb) and built in a form: no code. Every
 * condition must hold (AND); choices within one condition are alternatives (an industry under any of its codes, any
 * or all of its tags). Each condition reads one fact of the master record; a fact the record lacks (no founding
 * date, no figure for that year) makes the condition unknown, never unmet.
 */

/** The year a figure is read for: a fixed year, or counted back from the year of evaluation (1 = last year). */
export const figureYearSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), year: z.number().int().min(2000).max(2100) }),
  z.object({ kind: z.literal('yearsBack'), years: z.number().int().min(0).max(5) }),
]);
export type FigureYear = z.infer<typeof figureYearSchema>;

export const comparisons = ['gte', 'gt', 'lte', 'lt'] as const;
export type Comparison = (typeof comparisons)[number];

const amount = z.number().finite().min(0).max(1e12);

export const conditionSchema = z.discriminatedUnion('kind', [
  /** Industry under any of these GB/T 4754 codes (a section, division, group or class and everything beneath). */
  z.object({ kind: z.literal('industry'), codes: z.array(z.string().regex(/^[A-T](\d{2}(\d{1,2})?)?$/)).min(1).max(50) }),
  /** Registered in any of these regions (GB/T 2260) or beneath one (a district under a city). */
  z.object({ kind: z.literal('region'), codes: z.array(z.string().regex(/^\d{6}$/)).min(1).max(50) }),
  /** Carries any, or all, of these tags (高新技术企业, 专精特新). A tag is known: not carrying it is unmet. */
  z.object({ kind: z.literal('tags'), tagIds: z.array(z.uuid()).min(1).max(20), match: z.enum(['any', 'all']) }),
  z.object({ kind: z.literal('sizeClass'), classes: z.array(z.enum(sizeClasses)).min(1).max(sizeClasses.length) }),
  /** Whole years since founding on the day of evaluation, bounds included. */
  z
    .object({ kind: z.literal('age'), minYears: z.number().int().min(0).max(200).optional(), maxYears: z.number().int().min(0).max(200).optional() })
    .refine((c) => c.minYears !== undefined || c.maxYears !== undefined, { message: 'policy.rule.boundRequired' }),
  /** Registered capital in 万元, bounds included. */
  z
    .object({ kind: z.literal('registeredCapital'), minWan: amount.optional(), maxWan: amount.optional() })
    .refine((c) => c.minWan !== undefined || c.maxWan !== undefined, { message: 'policy.rule.boundRequired' }),
  /** A yearly indicator of one year compared with a threshold (万元, or people for employees). */
  z.object({ kind: z.literal('indicator'), indicator: z.enum(figureIndicators), year: figureYearSchema, comparison: z.enum(comparisons), value: amount }),
  /** On a list (a competition's winners, a district's key enterprises) kept in the policy module's lists. */
  z.object({ kind: z.literal('list'), listId: z.uuid() }),
]);
export type Condition = z.infer<typeof conditionSchema>;
export type ConditionKind = Condition['kind'];

export const ruleSchema = z.object({ all: z.array(conditionSchema).max(30) });
export type Rule = z.infer<typeof ruleSchema>;

/** What an item pays: a fixed sum, a share of a figure (capped or not), or nothing countable (a service, 免税). */
export const amountRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amountWan: amount.positive() }),
  z.object({
    kind: z.literal('share'),
    indicator: z.enum(figureIndicators),
    year: figureYearSchema,
    percent: z.number().finite().positive().max(100),
    capWan: amount.positive().optional(),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type AmountRule = z.infer<typeof amountRuleSchema>;

/** A condition's outcome for one enterprise. */
export const conditionOutcomes = ['met', 'unmet', 'unknown'] as const;
export type ConditionOutcome = (typeof conditionOutcomes)[number];

/** An item's fit: every condition met; none unmet but some unknown; or some unmet. */
export const eligibilityStatuses = ['eligible', 'possible', 'ineligible'] as const;
export type EligibilityStatus = (typeof eligibilityStatuses)[number];
