import { z } from 'zod';
import { chinaDay } from '../../../platform/http/schemas.ts';
import { phaseKinds, roundStates } from '../competition-terms.ts';
import { advancementSchema } from '../schemas.ts';
import { aggregationMethods } from '../scoring/aggregate-scores.ts';

export const rankingQuery = z.object({
  method: z.enum(aggregationMethods).optional().describe("Preview the open phase's ranking by this method; the phase's own when absent"),
});

/** Who receives the leads a closed round's entries become. */
export const leadOfferBody = z.object({
  leadOwnerId: z.uuid().nullable().default(null).describe("The officer who owns the entries' new leads; null for the pool"),
  leadTeamId: z
    .uuid()
    .nullable()
    .optional()
    .describe("The team that keeps the new leads (its members see them): one the owner belongs to today; absent: the owner's first team today (none for the pool); null: no team"),
  nextFollowUpOn: chinaDay.nullable().default(null).describe("The leads' next follow-up"),
});
export type LeadOfferInput = z.output<typeof leadOfferBody>;

export const closePhaseBody = leadOfferBody
  .extend({ method: z.enum(aggregationMethods).optional().describe("The aggregation to close with, kept as the phase's; the phase's own when absent") })
  .describe("The lead fields count when this closes the round's last open phase");
export type ClosePhaseInput = z.output<typeof closePhaseBody>;

export const publishNoticeBody = z.object({ noticeEndsOn: chinaDay.describe('The last day of the notice period, when objections are taken') });

const judgeStatistics = z.object({ judgeId: z.string(), scoreCount: z.number(), mean: z.number(), standardDeviation: z.number(), neutral: z.boolean() });

/** How an entry's value was reached (see `AggregateExplanation`); the fields of the other methods absent. */
export const explanationSchema = z.object({
  method: z.enum(aggregationMethods),
  sum: z.number(),
  counted: z.number(),
  dropped: z.object({ highest: z.string(), lowest: z.string() }).nullable().optional(),
  judges: z.array(judgeStatistics).optional(),
  panel: z.object({ mean: z.number(), standardDeviation: z.number() }).optional(),
  rescaled: z.number().optional(),
});

export const rankedEntrySchema = z.object({
  entryId: z.uuid(),
  number: z.string(),
  projectName: z.string(),
  organisationName: z.string(),
  trackName: z.string(),
  value: z.number().nullable(),
  rank: z.number().int().nullable(),
  tied: z.boolean(),
  /** Null for a phase without an advancement rule. */
  advanced: z.boolean().nullable(),
  scoreCount: z.number().int(),
  abstainedJudgeIds: z.array(z.string()),
  contributions: z.array(z.object({ judgeId: z.string(), raw: z.number(), normalised: z.number(), counted: z.boolean() })),
  explanation: explanationSchema.nullable(),
});
export type RankedEntryView = z.output<typeof rankedEntrySchema>;

export const phaseRankingSchema = z.object({
  phaseId: z.uuid(),
  kind: z.enum(phaseKinds),
  roundId: z.uuid(),
  roundName: z.string(),
  roundState: z.enum(roundStates),
  /** The method of these values: the preview's, or the one the phase was closed with. */
  method: z.enum(aggregationMethods),
  advancement: advancementSchema.nullable(),
  closedAt: z.date().nullable(),
  noticePublishedAt: z.date().nullable(),
  noticeEndsOn: z.string().nullable(),
  judges: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Ranked first, by rank; then the unranked, nobody having scored them. */
  entries: z.array(rankedEntrySchema),
  tieAtCut: z.object({ rank: z.number().int(), entryIds: z.array(z.string()), beyondTopN: z.number().int() }).nullable(),
  actions: z.array(z.enum(['close', 'publishNotice'])),
});
export type PhaseRankingView = z.output<typeof phaseRankingSchema>;

export const publicNoticeSchema = z.object({
  items: z.array(
    z.object({
      editionName: z.string(),
      roundName: z.string(),
      phaseKind: z.enum(phaseKinds),
      noticePublishedAt: z.date(),
      noticeEndsOn: z.string(),
      advancing: z.array(z.object({ number: z.string(), projectName: z.string(), organisationName: z.string(), rank: z.number().int().nullable() })),
    }),
  ),
});
export type PublicNotice = z.output<typeof publicNoticeSchema>;

export const leadOwnersSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), teamIds: z.array(z.uuid()).describe('The open teams they belong to today, by name') })),
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('Every open team, by name'),
});
export type LeadOwners = z.output<typeof leadOwnersSchema>;
