import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { figureIndicators } from '../enterprises/figure-indicators.ts';
import { applicationStates, payoutModes } from './schema.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
const amountWan = z.number().finite().positive().max(1_000_000).describe('万元');

export const snapshotSchema = z.object({
  name: z.string(),
  creditCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  figures: z.array(z.object({ year: z.number().int(), indicator: z.enum(figureIndicators), value: z.number().nullable().describe('null: no figure for that year') })),
});

export const applyItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  policyId: z.uuid(),
  policyTitle: z.string(),
  requiredFiles: z.array(z.string()),
});

export const prefillQuery = z.object({ item: z.uuid() });

export const prefillSchema = z.object({
  item: applyItemSchema,
  snapshot: snapshotSchema,
  suggestedAmountWan: z.number().nullable(),
  /** The enterprise's application for the item still under way, which the form opens instead of a new one. */
  openApplicationId: z.uuid().nullable(),
});

export const createApplicationBody = z.object({
  itemId: z.uuid(),
  idempotencyKey: text(100).min(8).describe('One per application the user means to make: sent again, it answers the first'),
  statement: text(4000).optional().describe('What the enterprise asks for and why'),
});
export type CreateApplicationInput = z.output<typeof createApplicationBody>;

export const payoutSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  itemTitle: z.string(),
  policyTitle: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  applicationId: z.uuid().nullable(),
  mode: z.enum(payoutModes),
  amountWan: z.number(),
  paidOn: day,
  evidenceAttachmentId: z.uuid().nullable(),
  recordedByName: z.string(),
  createdAt: z.date(),
});
export type PayoutView = z.infer<typeof payoutSchema>;

export const applicationSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  state: z.enum(applicationStates),
  itemId: z.uuid(),
  itemTitle: z.string(),
  policyId: z.uuid(),
  policyTitle: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  submittedAt: z.date().nullable(),
  dueAt: z.date().nullable().describe('60 working days after submission, time returned to the enterprise left out; null while returned or when done'),
  overdue: z.boolean(),
  approvedAmountWan: z.number().nullable(),
  updatedAt: z.date(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationDetailSchema = applicationSummarySchema.extend({
  appliedByName: z.string(),
  handlerName: z.string().nullable().describe('The handler (受理人): the reviewer who accepted it, warned when it runs late; null until accepted'),
  snapshot: snapshotSchema,
  suggestedAmountWan: z.number().nullable(),
  statement: z.string(),
  noticeEndsOn: day.nullable(),
  returnReasons: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  warnAt: z.date().nullable(),
  paidAt: z.date().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  requiredFiles: z.array(z.object({ name: z.string(), files: z.array(z.object({ attachmentId: z.uuid(), fileName: z.string() })) })),
  payout: payoutSchema.nullable(),
  history: z.array(
    z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), at: z.date(), actorName: z.string().nullable(), evidence: z.record(z.string(), z.unknown()).nullable() }),
  ),
  actions: z.array(z.string()).describe('The moves the caller may make now'),
  mayRate: z.boolean(),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const applicationListQuery = pageQuery.extend({
  state: z.enum(applicationStates).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Only those past their 60-working-day target'),
  itemId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
});
export type ApplicationListQuery = z.output<typeof applicationListQuery>;
export const applicationPage = pageOf(applicationSummarySchema);

export const applicationActionParams = z.object({ id: z.uuid(), action: z.string().regex(/^[a-z]{1,20}$/) });
export const actionBody = z.record(z.string(), z.unknown()).nullish().describe('The evidence the action takes (see the workflow)');

export const rateBody = z.object({ rating: z.number().int().min(1).max(5), comment: text(2000).optional() });

export const qualifiedListQuery = pageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("The year whose payouts are shown; this year's when absent"),
});

export const qualifiedEnterpriseSchema = z.object({
  enterpriseId: z.uuid(),
  name: z.string(),
  amountWan: z.number().nullable().describe('What the amount rule computes today; null when a figure is missing'),
  paid: payoutSchema.nullable().describe("The year's payout, when made"),
});

export const confirmationSchema = z.object({
  id: z.uuid(),
  confirmedByName: z.string(),
  confirmedAt: z.date(),
  enterprises: z.array(z.object({ enterpriseId: z.uuid(), name: z.string(), amountWan: z.number().nullable() })),
});
export type ConfirmationView = z.infer<typeof confirmationSchema>;

export const qualifiedListSchema = pageOf(qualifiedEnterpriseSchema).extend({
  item: applyItemSchema.extend({ delivery: z.string(), policyState: z.string() }),
  year: z.number().int(),
  confirmation: confirmationSchema.nullable().describe('The latest confirmation of the list, which payouts cite'),
});
export type QualifiedList = z.infer<typeof qualifiedListSchema>;

export const recordPayoutsBody = z.object({
  confirmationId: z.uuid(),
  paidOn: day,
  payouts: z
    .array(z.object({ enterpriseId: z.uuid(), amountWan: amountWan.optional().describe('The confirmed amount when absent') }))
    .min(1)
    .max(500),
});
export type RecordPayoutsInput = z.output<typeof recordPayoutsBody>;

export const recordedPayoutsSchema = z.object({
  recorded: z.array(payoutSchema),
  alreadyPaid: z.array(z.uuid()).describe('Enterprises paid for the item in that year before: nothing recorded again'),
});

export const benefitsSchema = z.object({
  totalWan: z.number(),
  byYear: z.array(z.object({ year: z.number().int(), amountWan: z.number(), count: z.number().int() })),
  payouts: pageOf(payoutSchema),
});
