import { z } from 'zod';
import { optionalText, pageOf, pageQuery, text } from '../../../platform/http/schemas.ts';
import { createUserBody } from '../../../platform/auth/schemas.ts';
import { entryStages, financingRounds, phaseKinds } from '../competition-terms.ts';
import { aggregationMethods } from '../scoring/aggregate-scores.ts';
import { rubricSchema } from '../schemas.ts';

const judgeProfile = {
  displayName: text(100).min(1),
  title: optionalText(100).describe('e.g. 教授, 合伙人'),
  organisationName: optionalText(200),
  enterpriseId: z.uuid().nullable().default(null).describe('The organisation as a master record, when known: entries of it are conflicts by themselves'),
  trackIds: z.array(z.uuid()).max(50).default([]).describe('The tracks of their expertise'),
};

export const newJudgeBody = z.object({ username: createUserBody.shape.username, ...judgeProfile });
export type NewJudgeInput = z.output<typeof newJudgeBody>;
export const judgeBody = z.object(judgeProfile);
export type JudgeInput = z.output<typeof judgeBody>;
export const judgeParams = z.object({ judgeId: z.uuid() });

export const judgeSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  title: z.string().nullable(),
  organisationName: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  tracks: z.array(z.object({ id: z.uuid(), name: z.string(), editionId: z.uuid() })),
});
export type JudgeView = z.output<typeof judgeSchema>;
export const judgeListSchema = z.object({ items: z.array(judgeSchema) });
export const createdJudgeSchema = z.object({ judge: judgeSchema, temporaryPassword: z.string().describe('To hand to the judge; they choose their own at first sign-in') });

export const organisationQuery = pageQuery.extend({
  q: z.string().trim().min(2).max(100).describe('Part of the name (either script) or of the credit code; at least 2 characters'),
});
export type OrganisationQuery = z.output<typeof organisationQuery>;
export const organisationPageSchema = pageOf(z.object({ id: z.uuid(), name: z.string(), creditCode: z.string().nullable() })).extend({
  totalExact: z.boolean().describe('false when more than 1,000 match: total is then an estimate'),
});
export type OrganisationPage = z.output<typeof organisationPageSchema>;

export const conflictBody = z.object({
  entryNumber: text(40).min(1).describe('The registration number, so that a judge can declare before seeing anything of the entry'),
  reason: text(500).min(1),
});
export type ConflictInput = z.output<typeof conflictBody>;

export const conflictListSchema = z.object({
  items: z.array(
    z.object({
      judgeId: z.uuid(),
      judgeName: z.string(),
      entryId: z.uuid(),
      entryNumber: z.string(),
      projectName: z.string(),
      reason: z.string(),
      declaredAt: z.date(),
    }),
  ),
});

const judgeOfEntry = z.object({ judgeId: z.uuid(), displayName: z.string(), outsideField: z.boolean(), scored: z.boolean(), abstained: z.boolean() });

export const phaseJudgingSchema = z.object({
  phaseId: z.uuid(),
  kind: z.enum(phaseKinds),
  roundName: z.string(),
  judgesPerEntry: z.number().int(),
  closedAt: z.date().nullable(),
  /** The judges chosen for the phase, by name; empty when none were. */
  panel: z.array(judgeSchema),
  /** Whom the assignment draws on: the panel's enabled judges, or every enabled judge for a phase without a panel. */
  assignedAmong: z.enum(['panel', 'enabledJudges']),
  /** How many judges the assignment draws on now (disabled ones left out). */
  assignableJudges: z.number().int(),
  /** Each judge's load and review progress. */
  judges: z.array(z.object({ judgeId: z.uuid(), displayName: z.string(), assigned: z.number().int(), scored: z.number().int(), outsideField: z.number().int() })),
  /** The phase's entries by number: the eligible entries of the round's first phase, those that advanced from the phase before otherwise. */
  entries: z.array(
    z.object({
      entryId: z.uuid(),
      number: z.string(),
      projectName: z.string(),
      organisationName: z.string(),
      trackName: z.string(),
      judges: z.array(judgeOfEntry),
      /** How many judges it lacks of judgesPerEntry (too few free of conflict, or not yet assigned). */
      shortfall: z.number().int(),
    }),
  ),
  /** Every assigned judge who has not yet scored (nor abstained on) an entry. */
  missingScores: z.array(z.object({ entryId: z.uuid(), number: z.string(), projectName: z.string(), judgeId: z.uuid(), displayName: z.string() })),
});
export type PhaseJudging = z.output<typeof phaseJudgingSchema>;

const phaseForJudge = z.object({
  id: z.uuid(),
  kind: z.enum(phaseKinds),
  roundName: z.string(),
  editionName: z.string(),
  closesOn: z.string().nullable(),
  anonymised: z.boolean(),
});

const entryForJudge = z.object({
  id: z.uuid(),
  number: z.string(),
  projectName: z.string(),
  /** Null in an anonymised review. */
  organisationName: z.string().nullable(),
  trackName: z.string(),
});

export const judgeQueueSchema = z.object({
  items: z.array(
    z.object({
      phase: phaseForJudge,
      entry: entryForJudge,
      scored: z.boolean(),
      abstained: z.boolean(),
      total: z.number().nullable(),
    }),
  ),
});
export type JudgeQueue = z.output<typeof judgeQueueSchema>;

export const scoreSheetBody = z.discriminatedUnion('abstained', [
  z.object({ abstained: z.literal(true), comment: optionalText(2_000) }),
  z.object({ abstained: z.literal(false), scores: z.record(z.string(), z.number()), comment: optionalText(2_000) }),
]);
export type ScoreSheetInput = z.output<typeof scoreSheetBody>;

export const judgedEntryParams = z.object({ phaseId: z.uuid(), entryId: z.uuid() });

export const judgedEntrySchema = z.object({
  phase: phaseForJudge.extend({ rubric: rubricSchema, aggregation: z.enum(aggregationMethods), closedAt: z.date().nullable() }),
  entry: entryForJudge.extend({
    stage: z.enum(entryStages),
    financing: z.enum(financingRounds),
    teamSize: z.number().int(),
    teamSummary: z.string(),
    summary: z.string(),
  }),
  /** The entry's files (business plan, pitch deck), opened through the attachments routes. */
  files: z.array(z.object({ id: z.uuid(), kind: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number() })),
  sheet: z
    .object({ abstained: z.boolean(), criteria: z.record(z.string(), z.number()), total: z.number().nullable(), comment: z.string().nullable(), updatedAt: z.date() })
    .nullable(),
  /** Until the phase closes. */
  editable: z.boolean(),
});
export type JudgedEntry = z.output<typeof judgedEntrySchema>;
