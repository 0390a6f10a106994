import { z } from 'zod';
import { chinaDay, optionalText, pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { advancementKinds, editionStates, phaseKinds, roundKinds, roundStates } from './competition-terms.ts';
import { aggregationMethods } from './scoring/aggregate-scores.ts';
import { defaultRubric } from './scoring/weighted-score.ts';

export const editionBody = z.object({
  name: text(200).min(1).describe('e.g. 第六届蓝贝国际创新大赛'),
  year: z.number().int().min(2000).max(2100),
  state: z.enum(editionStates).default('draft').describe('draft → open → closed; an opened edition never returns to draft'),
  startsOn: chinaDay.nullable().optional(),
  endsOn: chinaDay.nullable().optional(),
  description: optionalText(4_000),
});
export type EditionInput = z.output<typeof editionBody>;

export const editionListQuery = pageQuery.extend({
  q: text(100).optional().describe('Within the name'),
  state: z.enum(editionStates).optional(),
});
export type EditionListQuery = z.output<typeof editionListQuery>;

export const trackBody = z.object({
  name: text(100).min(1).describe('e.g. 人工智能'),
  industryCodes: z.array(text(10).min(1)).max(20).default([]).describe("GB/T 4754 codes at any level ('I65', 'C27')"),
});
export type TrackInput = z.output<typeof trackBody>;

export const roundBody = z.object({
  name: text(100).min(1).describe('e.g. 深圳赛区'),
  kind: z.enum(roundKinds).default('regional'),
  city: text(100).min(1),
  venue: optionalText(200),
  heldOn: chinaDay,
  capacity: z.number().int().min(1).max(100_000).describe('How many entries the round takes'),
  state: z.enum(roundStates).default('planned'),
});
export type RoundInput = z.output<typeof roundBody>;

export const advancementSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal(advancementKinds[0]), count: z.number().int().min(1).max(10_000) }),
    z.object({ kind: z.literal(advancementKinds[1]), score: z.number().min(0).max(100) }),
  ])
  .describe('Who goes on: the best N, or those scoring at least a mark out of 100; null when the phase ends in prizes');

export const rubricSchema = z
  .object({
    criteria: z
      .array(
        z.object({
          key: text(40).min(1).describe("The criterion's name: team, technology, market and finance are shown in the reader's language, any other as written"),
          weight: z.number().describe('Its share of the total, in per cent; the weights add up to 100'),
          maxScore: z.number().describe('The full score a judge gives it out of'),
        }),
      )
      .max(20)
      .readonly(),
  })
  .describe('What judges score and how much each part weighs');

export const phaseBody = z.object({
  kind: z.enum(phaseKinds),
  opensOn: chinaDay.nullable().optional(),
  closesOn: chinaDay.nullable().optional(),
  advancement: advancementSchema.nullable().default(null),
  rubric: rubricSchema.default(defaultRubric),
  aggregation: z.enum(aggregationMethods).default('z-score').describe("How the judges' scores become one value per entry"),
  judgesPerEntry: z.number().int().min(1).max(50).default(5),
  anonymised: z.boolean().default(false).describe("Judges see neither the entrants' names nor their organisations"),
});
export type PhaseInput = z.output<typeof phaseBody>;

export const prizeBody = z.object({
  name: text(100).min(1).describe('e.g. 一等奖'),
  roundId: z.uuid().nullable().default(null).describe("A round of the edition, or none for the edition's own (final) prizes"),
  rankFrom: z.number().int().min(1).max(10_000),
  rankTo: z.number().int().min(1).max(10_000),
  amountWan: z.number().min(0).max(1_000_000).nullable().default(null).describe('万元'),
  description: optionalText(1_000),
});
export type PrizeInput = z.output<typeof prizeBody>;

export const trackParams = z.object({ id: z.uuid(), trackId: z.uuid() });
export const roundParams = z.object({ id: z.uuid(), roundId: z.uuid() });
export const phaseParams = z.object({ id: z.uuid(), roundId: z.uuid(), phaseId: z.uuid() });
export const prizeParams = z.object({ id: z.uuid(), prizeId: z.uuid() });

export const editionSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  year: z.number().int(),
  state: z.enum(editionStates),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  trackCount: z.number().int(),
  roundCount: z.number().int(),
  updatedAt: z.date(),
});
export type EditionSummary = z.output<typeof editionSummarySchema>;
export const editionPage = pageOf(editionSummarySchema);

export const trackSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  industryCodes: z.array(z.string()),
  actions: z.array(z.enum(['edit', 'delete'])),
});

export const phaseSchema = z.object({
  id: z.uuid(),
  kind: z.enum(phaseKinds),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  advancement: advancementSchema.nullable(),
  rubric: rubricSchema,
  aggregation: z.enum(aggregationMethods),
  judgesPerEntry: z.number().int(),
  anonymised: z.boolean(),
  closedAt: z.date().nullable(),
  actions: z.array(z.enum(['edit', 'delete'])),
});
export type PhaseView = z.output<typeof phaseSchema>;

export const roundSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(roundKinds),
  city: z.string(),
  venue: z.string().nullable(),
  heldOn: z.string(),
  capacity: z.number().int(),
  state: z.enum(roundStates),
  /** In the order they run. */
  phases: z.array(phaseSchema),
  actions: z.array(z.enum(['edit', 'delete'])),
});
export type RoundView = z.output<typeof roundSchema>;

export const prizeSchema = z.object({
  id: z.uuid(),
  roundId: z.uuid().nullable(),
  name: z.string(),
  rankFrom: z.number().int(),
  rankTo: z.number().int(),
  amountWan: z.number().nullable(),
  description: z.string().nullable(),
  actions: z.array(z.enum(['edit', 'delete'])),
});

export const editionDetailSchema = editionSummarySchema.extend({
  description: z.string().nullable(),
  tracks: z.array(trackSchema),
  /** By the day they are held. */
  rounds: z.array(roundSchema),
  /** The edition's own first, then each round's, by rank. */
  prizes: z.array(prizeSchema),
  /** The names of the tracks' industries, by code, in the reader's language where the standard gives one. */
  industryNames: z.record(z.string(), z.string()),
  /** What the caller may do now with the edition itself. */
  actions: z.array(z.enum(['edit', 'delete', 'addParts'])),
});
export type EditionDetail = z.output<typeof editionDetailSchema>;
