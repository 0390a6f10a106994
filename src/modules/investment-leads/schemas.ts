import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { createEnterpriseBody } from '../enterprises/schemas.ts';
import { leadPriorities, leadSources, leadStatuses } from './schema.ts';

const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable();

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');

const leadFields = z.object({
  source: z.enum(leadSources),
  sourceNote: optionalText(500).optional(),
  industryCode: text(10)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .describe("GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911')"),
  chainSegment: optionalText(200).optional().describe('The industry-chain segment, free text for now'),
  priority: z.enum(leadPriorities).default('normal'),
  nextFollowUpOn: day.nullable().optional(),
});

export const createLeadBody = leadFields
  .extend({
    enterpriseId: z.uuid().optional().describe('An existing enterprise; or give `enterprise` to create one'),
    enterprise: createEnterpriseBody.optional().describe("A new enterprise, created through the enterprise register's own checks"),
    teamId: z.uuid().nullable().optional().describe("The keeping team; the creator's team today when absent"),
    inPool: z.boolean().default(false).describe('Put it in the pool rather than keep it'),
  })
  .refine((body) => (body.enterpriseId === undefined) !== (body.enterprise === undefined), {
    message: 'lead.enterpriseRequired',
    path: ['enterpriseId'],
  });
export type CreateLeadInput = z.output<typeof createLeadBody>;

export const updateLeadBody = leadFields.partial().extend({ priority: z.enum(leadPriorities).optional() });
export type UpdateLeadInput = z.output<typeof updateLeadBody>;

export const assignLeadBody = z.object({ ownerId: z.uuid() });
export const dropLeadBody = z.object({ reason: text(1000).min(1) });

export const followUpBody = z.object({
  happenedOn: day,
  note: text(4000).min(1),
  nextFollowUpOn: day.nullable().optional().describe('The next follow-up date; unchanged when absent'),
});
export type FollowUpInput = z.output<typeof followUpBody>;

export const leadTabs = ['mine', 'team', 'pool', 'all'] as const;

export const leadListQuery = pageQuery.extend({
  tab: z.enum(leadTabs).default('mine').describe('mine: owned by the caller; team: owned in their teams; pool: nobody owns; all: every lead they see'),
  source: z.enum(leadSources).optional(),
  priority: z.enum(leadPriorities).optional(),
  status: z.enum(leadStatuses).optional(),
  industry: text(10).optional().describe('A GB/T 4754 code: that industry and those under it'),
  due: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Only open leads whose next follow-up is today or overdue'),
  returningSoon: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Only owned open leads that return to the pool within the warning period'),
  q: text(100).optional().describe("The enterprise's name, in either script"),
});
export type LeadListQuery = z.output<typeof leadListQuery>;

export const leadActions = ['edit', 'followUp', 'claim', 'assign', 'release', 'convert', 'drop', 'reopen'] as const;

export const leadSummarySchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  source: z.enum(leadSources),
  sourceNote: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  chainSegment: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  priority: z.enum(leadPriorities),
  nextFollowUpOn: z.string().nullable(),
  status: z.enum(leadStatuses),
  dropReason: z.string().nullable(),
  touchedAt: z.date(),
  /** The China day an owned open lead returns to the pool if nobody touches it (idle long enough and past its next follow-up day); null otherwise. */
  returnsToPoolOn: z.string().nullable(),
  createdAt: z.date(),
});
export type LeadSummary = z.output<typeof leadSummarySchema>;

export const followUpSchema = z.object({
  id: z.uuid(),
  happenedOn: z.string(),
  note: z.string(),
  authorId: z.uuid().nullable(),
  authorName: z.string(),
  createdAt: z.date(),
});

export const leadDetailSchema = leadSummarySchema.extend({
  followUps: z.array(followUpSchema),
  /** What the caller may do now: the buttons to show. */
  actions: z.array(z.enum(leadActions)),
});
export type LeadDetail = z.output<typeof leadDetailSchema>;

export const leadPage = pageOf(leadSummarySchema);

export const leadHomeSchema = z.object({
  /** The caller's open leads whose next follow-up is today or overdue: how many, and the first few. */
  dueFollowUps: leadPage,
  /** The caller's open leads that return to the pool within the warning period, the soonest first. */
  returningSoon: leadPage,
});

export const assigneeSchema = z.object({ id: z.uuid(), name: z.string() });
