import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { createEnterpriseBody } from '../enterprises/schemas.ts';
import { leadPage } from '../investment-leads/schemas.ts';
import { landingInput, projectLandingSchema } from './landing-schemas.ts';
import { capitalOrigins, pipelineStages, projectKinds, projectStages } from './project-stages.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
const wan = z.number().positive().max(100_000_000);
const flag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

const industryCode = text(10)
  .transform((value) => value || null)
  .nullable()
  .optional()
  .describe("GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911')");
const regionCode = z
  .string()
  .regex(/^\d{6}$/, { message: 'field.invalid' })
  .nullable()
  .optional()
  .describe("GB/T 2260 district or zone code, e.g. '370215'");

export const createProjectBody = z.object({
  name: text(200).min(1),
  enterpriseId: z.uuid().optional().describe('An existing enterprise; or give `enterprise` to create one, or a lead or the project a capital increase adds to'),
  enterprise: createEnterpriseBody.optional().describe("A new enterprise, created through the enterprise register's own checks"),
  // Where the project came from. A lead is converted in the same transaction; a visit is only recorded.
  leadId: z.uuid().optional().describe('The lead it comes from, which is marked converted'),
  visitId: z.uuid().optional().describe("The visit it comes from (one the caller reads): its enterprise and, when `teamId` is absent, its team"),
  industryCode,
  regionCode,
  kind: z.enum(projectKinds).default('new'),
  increaseOfProjectId: z.uuid().optional().describe('For a capital increase: the earlier project it adds to'),
  teamId: z.uuid().nullable().optional().describe("The keeping team; the lead's, or the creator's team today, when absent"),
  managerId: z.uuid().optional().describe('The managing officer; the creator when absent'),
  managerOnly: z.boolean().default(false).describe('Only the manager (or an administrator) moves its stage'),
  nextFollowUpOn: day.nullable().optional(),
  landing: landingInput,
});
export type CreateProjectInput = z.output<typeof createProjectBody>;

export const updateProjectBody = z.object({
  name: text(200).min(1).optional(),
  industryCode,
  regionCode,
  managerId: z.uuid().optional(),
  managerOnly: z.boolean().optional(),
  nextFollowUpOn: day.nullable().optional(),
  landing: landingInput,
});
export type UpdateProjectInput = z.output<typeof updateProjectBody>;

export const resignBody = z.object({
  signedOn: day,
  amountWan: wan.describe('万元; for a capital increase, the agreed total'),
  capitalOrigin: z.enum(capitalOrigins),
  agreementFileId: z.uuid().describe('The new agreement, a file on the project'),
  eventId: z.uuid().nullable().optional().describe('The promotion event it was signed at (400 for an unknown one)'),
  reason: text(1000).optional().describe('Required when the amount differs from the agreed amount'),
});
export type ResignInput = z.output<typeof resignBody>;

export const changeAmountBody = z.object({
  amountWan: wan,
  reason: text(1000).optional().describe('Required: an amount changes only with a reason'),
  agreementFileId: z.uuid().optional().describe('The supplementary agreement; without it the new amount is unverified'),
});
export type ChangeAmountInput = z.output<typeof changeAmountBody>;

export const projectActionParams = z.object({ id: z.uuid(), action: z.string().max(40) });

/** Filters the projects list shares with the reports built on it (project-filters.ts); `none`: without one. */
export const projectFilterFields = {
  teamId: z.union([z.uuid(), z.literal('none')]).optional().describe("The keeping team, or 'none'"),
  regionCode: z
    .union([z.string().regex(/^\d{6}$/, { message: 'field.invalid' }), z.literal('none')])
    .optional()
    .describe("GB/T 2260 district or zone code, or 'none'"),
  sector: z
    .union([z.string().regex(/^[A-T]$/, { message: 'field.invalid' }), z.literal('none')])
    .optional()
    .describe("GB/T 4754 section letter of the industry ('C' manufacturing), or 'none'"),
};

export const projectListQuery = pageQuery.extend({
  stage: z.enum(projectStages).optional(),
  ...projectFilterFields,
  createdFrom: day.optional().describe('Created (entered 线索) on or after'),
  createdTo: day.optional().describe('Created on or before'),
  signedFrom: day.optional().describe('First (counted) signing on or after; only projects with an agreed amount'),
  signedTo: day.optional().describe('First (counted) signing on or before'),
  reachedStage: z.enum(pipelineStages).optional().describe('Reached this pipeline stage or a later one at some time'),
  leftStage: z.enum(projectStages).optional().describe('Left this stage at least once'),
  verification: z.enum(['verified', 'unverified']).optional().describe('Agreed amount with or without a live agreement file'),
  managerId: z.uuid().optional(),
  mine: flag.describe('Only the projects the caller manages'),
  kind: z.enum(projectKinds).optional(),
  verifiedOnly: flag.describe('Leave out projects whose agreed amount has no agreement file'),
  stalled: flag.describe('Only projects longer than PROJECT_STALL_DAYS in their working stage'),
  due: flag.describe('Only projects whose next follow-up is today or overdue'),
  followUpFrom: day.optional().describe('Next follow-up on or after (the calendar)'),
  followUpTo: day.optional().describe('Next follow-up on or before (the calendar)'),
  q: text(100).optional().describe("The project's or the enterprise's name, in either script"),
});
export type ProjectListQuery = z.output<typeof projectListQuery>;

export const summaryQuery = z.object({
  from: day.optional().describe('First signings on or after'),
  to: day.optional().describe('First signings on or before'),
  teamId: z.uuid().optional(),
  kind: z.enum(projectKinds).optional(),
  verifiedOnly: flag.describe('Leave out amounts without an agreement file'),
});
export type SummaryQuery = z.output<typeof summaryQuery>;

const verification = z.enum(['verified', 'unverified']).nullable();

export const projectSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  leadId: z.uuid().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  kind: z.enum(projectKinds),
  increaseOfProjectId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  managerId: z.uuid().nullable(),
  managerName: z.string().nullable(),
  managerOnly: z.boolean(),
  nextFollowUpOn: z.string().nullable(),
  stage: z.enum(projectStages),
  stageEnteredAt: z.date(),
  /** Whole days in the current stage. */
  daysInStage: z.number().int(),
  /** Longer than PROJECT_STALL_DAYS in a working stage. */
  stalled: z.boolean(),
  heldFromStage: z.enum(pipelineStages).nullable(),
  holdReason: z.string().nullable(),
  terminateReason: z.string().nullable(),
  agreedAmountWan: z.number().nullable(),
  /** What the project counts in the figures: the agreed amount, or a capital increase's increment. */
  countedAmountWan: z.number(),
  baseAmountWan: z.number().nullable(),
  verification,
  capitalOrigin: z.enum(capitalOrigins).nullable(),
  /** The counted (first) signing's date. */
  firstSignedOn: z.string().nullable(),
  registeredEnterpriseId: z.uuid().nullable(),
  registeredEnterpriseName: z.string().nullable(),
  startedOn: z.string().nullable(),
  producingOn: z.string().nullable(),
  annualOutputWan: z.number().nullable(),
  annualTaxWan: z.number().nullable(),
  jobs: z.number().int().nullable(),
  createdAt: z.date(),
});
export type ProjectSummary = z.output<typeof projectSummarySchema>;

export const signingSchema = z.object({
  id: z.uuid(),
  signedOn: z.string(),
  amountWan: z.number(),
  capitalOrigin: z.enum(capitalOrigins),
  agreementFileId: z.uuid().nullable(),
  verification,
  /** The promotion event it was signed at. */
  event: z.object({ id: z.uuid(), name: z.string(), heldOn: z.string() }).nullable(),
  /** The first signing, the one counted; later ones are shown but never counted again. */
  counted: z.boolean(),
  recordedByName: z.string(),
  recordedAt: z.date(),
});

export const amountChangeSchema = z.object({
  id: z.uuid(),
  oldAmountWan: z.number(),
  newAmountWan: z.number(),
  reason: z.string(),
  agreementFileId: z.uuid().nullable(),
  changedByName: z.string(),
  changedAt: z.date(),
});

export const stageStaySchema = z.object({ stage: z.enum(projectStages), days: z.number(), current: z.boolean() });

export const projectMoveSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string(),
  at: z.date(),
  evidence: z.record(z.string(), z.unknown()).nullable(),
});

export const projectDetailSchema = projectSummarySchema.extend({
  signings: z.array(signingSchema),
  amountChanges: z.array(amountChangeSchema),
  /** Days spent in each stage, the current one until now. */
  stages: z.array(stageStaySchema),
  /** Every move with its evidence, oldest first. */
  moves: z.array(projectMoveSchema),
  /** The workflow actions the caller may take now, and `edit`, `resign`, `changeAmount`. */
  actions: z.array(z.string()),
  /** The visit it was made from, when the caller reads that visit; null otherwise. */
  originVisit: z.object({ id: z.uuid(), visitedOn: z.string(), place: z.string().nullable() }).nullable(),
  /** Where it lands (落地载体); null when no site is named. */
  landing: projectLandingSchema.nullable(),
});
export type ProjectDetail = z.output<typeof projectDetailSchema>;

export const projectPage = pageOf(projectSummarySchema);

export const monthFiguresSchema = z.object({
  month: z.string(),
  signed: z.number().int(),
  amountWan: z.number(),
  unverified: z.number().int(),
  unverifiedAmountWan: z.number(),
});

export const projectSignedSummarySchema = z.object({
  months: z.array(monthFiguresSchema),
  total: monthFiguresSchema.omit({ month: true }),
});

export const projectHomeSchema = z.object({
  /** The caller's projects whose next follow-up is today or overdue. */
  dueFollowUps: projectPage,
  /** The caller's projects stalled in their stage. */
  stalled: projectPage,
  /** The caller's leads about to return to the pool (the leads module's own card data); null without lead.work. */
  leadsReturningSoon: leadPage.nullable(),
});

export const creditShareSchema = z.object({
  userId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  percent: z.number().int(),
  /** The officer's or team's name. */
  name: z.string(),
});

export const projectCreditsSchema = z.object({
  credits: z.array(creditShareSchema),
  /** No shares set: the default rule credits the manager (or the team without one). */
  isDefault: z.boolean(),
  /** Whether the caller may set them: an administrator or leader, the manager, the team's lead. */
  maySet: z.boolean(),
});
export type ProjectCredits = z.output<typeof projectCreditsSchema>;

export const setCreditsBody = z.object({
  credits: z
    .array(
      z.object({
        userId: z.uuid().optional().describe('An officer; or give teamId'),
        teamId: z.uuid().optional().describe('A team as a whole; or give userId'),
        percent: z.number().int().min(1).max(100),
      }),
    )
    .max(20)
    .describe('Shares in whole percent summing to exactly 100; an empty list goes back to the default rule'),
});
export type SetCreditsInput = z.output<typeof setCreditsBody>;

export const rankingsQuery = z.object({
  period: z
    .string()
    .max(10)
    .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { message: 'project.rankings.periodInvalid' })
    .describe("A year '2026', a quarter '2026-Q2' or a month '2026-05' of the counted first signing (China days)"),
  by: z.enum(['officer', 'team']).default('officer'),
});
export type RankingsQuery = z.output<typeof rankingsQuery>;

export const creditRankingsSchema = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.enum(['officer', 'team']),
  rows: z.array(
    z.object({
      /** An officer, a team (by officer: its share as a whole), or nobody (no manager, no team). */
      kind: z.enum(['user', 'team', 'none']),
      id: z.uuid().nullable(),
      name: z.string().nullable(),
      /** Projects × share, to 0.01. */
      projects: z.number(),
      /** Counted 万元 × share, to 0.01. */
      amountWan: z.number(),
    }),
  ),
  /** The period's signed projects and counted amount: the summary's, which the rows add up to exactly. */
  total: z.object({ signed: z.number().int(), amountWan: z.number() }),
});
export type CreditRankings = z.output<typeof creditRankingsSchema>;
