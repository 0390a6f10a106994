import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { projectStages } from '../investment-projects/project-stages.ts';
import { talentKinds, talentNeeds, talentStages, workingTalentStages } from './talent-stages.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
const optional = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

export const talentContactSchema = z.object({
  name: text(100).min(1),
  title: text(100).optional(),
  phone: text(40).optional(),
  email: text(200).optional(),
});

const details = {
  kind: z.enum(talentKinds),
  field: optional(200).describe('The field in their own words'),
  industryCode: optional(10).describe("GB/T 4754-2017 code at any level, 'C3841'"),
  institution: optional(200).describe('University, institute or company they are with now'),
  currentCity: optional(100),
  needs: z
    .array(z.enum(talentNeeds))
    .max(talentNeeds.length)
    .transform((needs) => [...new Set(needs)]),
  needsNote: optional(2000),
  contacts: z.array(talentContactSchema).max(10).describe('Read only by those who read the record'),
  nextFollowUpOn: day.nullable().optional(),
  projectId: z.uuid().nullable().optional().describe('The project they come with: one the caller sees'),
};

export const createTalentBody = z.object({
  name: text(200).min(1),
  ...details,
  needs: details.needs.default([]),
  contacts: details.contacts.default([]),
  teamId: z.uuid().nullable().optional().describe("The keeping team; the creator's team today when absent"),
  ownerId: z.uuid().optional().describe('The officer following it up; the creator when absent'),
});
export type CreateTalentInput = z.output<typeof createTalentBody>;

export const updateTalentBody = z.object({
  name: text(200).min(1).optional(),
  kind: details.kind.optional(),
  field: details.field,
  industryCode: details.industryCode,
  institution: details.institution,
  currentCity: details.currentCity,
  needs: details.needs.optional(),
  needsNote: details.needsNote,
  contacts: details.contacts.optional(),
  nextFollowUpOn: details.nextFollowUpOn,
  projectId: details.projectId,
  ownerId: z.uuid().optional(),
});
export type UpdateTalentInput = z.output<typeof updateTalentBody>;

const flag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

export const talentListQuery = pageQuery.extend({
  stage: z.enum(talentStages).optional(),
  kind: z.enum(talentKinds).optional(),
  need: z.enum(talentNeeds).optional(),
  teamId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  mine: flag.describe('Only the records the caller owns'),
  due: flag.describe('Only records being worked whose next follow-up is today or overdue'),
  projectId: z.uuid().optional(),
  q: text(100).optional().describe('The name, institution or field, in either script'),
});
export type TalentListQuery = z.output<typeof talentListQuery>;

export const talentActionParams = z.object({ id: z.uuid(), action: z.string().max(40) });

export const talentSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(talentKinds),
  field: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  institution: z.string().nullable(),
  currentCity: z.string().nullable(),
  needs: z.array(z.enum(talentNeeds)),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  nextFollowUpOn: z.string().nullable(),
  stage: z.enum(talentStages),
  stageEnteredAt: z.date(),
  landedOn: z.string().nullable(),
  createdAt: z.date(),
});
export type TalentSummary = z.output<typeof talentSummarySchema>;
export const talentPage = pageOf(talentSummarySchema);

export const talentDetailSchema = talentSummarySchema.extend({
  needsNote: z.string().nullable(),
  contacts: z.array(talentContactSchema),
  heldFromStage: z.enum(workingTalentStages).nullable(),
  holdReason: z.string().nullable(),
  endReason: z.string().nullable(),
  landedEnterpriseId: z.uuid().nullable(),
  landedEnterpriseName: z.string().nullable(),
  /** The linked project, when the caller sees it; null otherwise. */
  project: z.object({ id: z.uuid(), name: z.string(), stage: z.enum(projectStages) }).nullable(),
  /** Days spent in each stage, the current one until now. */
  stages: z.array(z.object({ stage: z.enum(talentStages), days: z.number(), current: z.boolean() })),
  /** Every move with its evidence, oldest first. */
  moves: z.array(
    z.object({
      id: z.number().int(),
      action: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorName: z.string(),
      at: z.date(),
      evidence: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  /** The workflow actions the caller may take now, and `edit`. */
  actions: z.array(z.string()),
});
export type TalentDetail = z.output<typeof talentDetailSchema>;

export const figuresQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().describe('Beijing calendar year; this year by default') });

export const talentFiguresSchema = z.object({
  year: z.number().int(),
  /** Records in each stage now. */
  stages: z.record(z.enum(talentStages), z.number().int()),
  /** Records that landed in the year. */
  landed: z.number().int(),
});
