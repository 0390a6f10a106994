import { z } from 'zod';
import { monthPattern } from '../../platform/calendar/china-month.ts';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { createEnterpriseBody } from '../enterprises/schemas.ts';
import { projectStages } from '../investment-projects/project-stages.ts';
import { concernTags } from './schema.ts';

const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable();

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');

export const concernInput = z.object({ tag: z.enum(concernTags), note: optionalText(1000).optional() });
export const theirParticipantInput = z.object({ name: text(100).min(1), title: optionalText(100).optional() });
export const nextStepBody = z.object({
  text: text(1000).min(1),
  ownerId: z.uuid().nullable().optional().describe('A member of staff; the recorder when absent'),
  dueOn: day.nullable().optional(),
});
export type NextStepInput = z.output<typeof nextStepBody>;

const visitFields = z.object({
  visitedOn: day,
  place: optionalText(200).optional(),
  leadId: z.uuid().nullable().optional().describe("A lead of the enterprise the recorder sees; absent, the recorder's own open lead of it if any"),
  tripId: z.uuid().nullable().optional().describe('The field trip it belongs to'),
  teamId: z.uuid().nullable().optional().describe("The keeping team; the recorder's team on the day when absent"),
  participantIds: z.array(z.uuid()).max(20).optional().describe('Our side besides the recorder: staff'),
  theirParticipants: z.array(theirParticipantInput).max(30).optional().describe("The company's side: names and titles"),
  presented: optionalText(4000).optional().describe('What we presented'),
  summary: optionalText(4000).optional().describe('The note of the meeting'),
  concerns: z.array(concernInput).max(concernTags.length).optional().describe("The company's concerns, each tag once, with a note"),
});

export const createVisitBody = visitFields
  .extend({
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'field.invalid' })
      .describe('Made by the client once per visit typed; the same key again answers the first visit'),
    enterpriseId: z.uuid().optional().describe('An existing enterprise; or give `enterprise` to create one'),
    enterprise: createEnterpriseBody.optional().describe("A new enterprise, created through the enterprise register's own checks"),
    nextSteps: z.array(nextStepBody).max(20).optional(),
  })
  .refine((body) => (body.enterpriseId === undefined) !== (body.enterprise === undefined), {
    message: 'visit.enterpriseRequired',
    path: ['enterpriseId'],
  });
export type CreateVisitInput = z.output<typeof createVisitBody>;

export const updateVisitBody = visitFields.partial().extend({ enterpriseId: z.uuid().optional() });
export type UpdateVisitInput = z.output<typeof updateVisitBody>;

export const tickStepBody = z.object({ done: z.boolean() });
export const stepParams = z.object({ id: z.uuid(), stepId: z.uuid() });

const month = z.string().regex(monthPattern, { message: 'visit.monthFormat' }).describe('YYYY-MM, a China calendar month');

export const visitListQuery = pageQuery.extend({
  teamId: z.uuid().optional(),
  officerId: z.uuid().optional(),
  month: month.optional(),
  concern: z.enum(concernTags).optional(),
  enterpriseId: z.uuid().optional(),
  tripId: z.uuid().optional(),
  q: text(100).optional().describe("The enterprise's name, in either script"),
});
export type VisitListQuery = z.output<typeof visitListQuery>;

export const concernSchema = z.object({ tag: z.enum(concernTags), note: z.string().nullable() });

export const visitSummarySchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  leadId: z.uuid().nullable(),
  tripId: z.uuid().nullable(),
  tripName: z.string().nullable(),
  visitedOn: z.string(),
  place: z.string().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  officerId: z.uuid().nullable(),
  officerName: z.string(),
  summary: z.string().nullable(),
  concerns: z.array(concernSchema),
  openNextSteps: z.number().int(),
  createdAt: z.date(),
});
export type VisitSummary = z.output<typeof visitSummarySchema>;

export const nextStepSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneAt: z.date().nullable(),
  /** Whether the caller may tick it (or untick it). */
  mayTick: z.boolean(),
});

export const visitActions = ['edit', 'delete', 'addStep'] as const;

export const visitDetailSchema = visitSummarySchema.extend({
  participants: z.array(z.object({ id: z.uuid(), name: z.string() })),
  theirParticipants: z.array(z.object({ name: z.string(), title: z.string().nullable() })),
  presented: z.string().nullable(),
  nextSteps: z.array(nextStepSchema),
  /** What the caller may do now: the buttons to show. */
  actions: z.array(z.enum(visitActions)),
  updatedAt: z.date(),
  /** The projects made from it (转为项目) that the caller sees, oldest first. */
  projects: z.array(z.object({ id: z.uuid(), name: z.string(), stage: z.enum(projectStages) })),
});
export type VisitDetail = z.output<typeof visitDetailSchema>;

export const visitPage = pageOf(visitSummarySchema);

export const tripBody = z.object({
  name: text(200).min(1),
  teamId: z.uuid().nullable().optional().describe("The team that travels; the creator's team on the first day when absent"),
  destination: text(200).min(1),
  startsOn: day,
  endsOn: day,
  purpose: optionalText(2000).optional(),
});
export type TripInput = z.output<typeof tripBody>;

export const tripSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  destination: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  purpose: z.string().nullable(),
  createdById: z.uuid().nullable(),
  /** Whether the caller may change it: its creator, or a reader of every visit, who records visits. */
  mayEdit: z.boolean(),
  /** The trip's visits the caller sees. */
  visits: z.number().int(),
});
export type TripSummary = z.output<typeof tripSchema>;

export const tripListQuery = pageQuery.extend({ teamId: z.uuid().optional() });
export const tripPage = pageOf(tripSchema);

export const concernTallySchema = z.object({
  tag: z.enum(concernTags),
  count: z.number().int(),
  notes: z.array(z.object({ visitId: z.uuid(), enterpriseName: z.string(), note: z.string() })),
});

export const openStepSchema = nextStepSchema.omit({ mayTick: true }).extend({ visitId: z.uuid(), enterpriseName: z.string(), visitedOn: z.string() });

export const tripReportSchema = z.object({
  trip: tripSchema,
  visits: z.array(visitSummarySchema),
  /** Every tag, in the fixed order, with how many of the trip's visits raised it and their notes. */
  concerns: z.array(concernTallySchema),
  openNextSteps: z.array(openStepSchema),
});
export type TripReport = z.output<typeof tripReportSchema>;

export const activityQuery = z.object({ month: month.optional(), teamId: z.uuid().optional() });

const concernCounts = z.record(z.enum(concernTags), z.number().int());

export const monthlyActivitySchema = z.object({
  month: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({ visits: z.number().int(), enterprises: z.number().int(), officers: z.number().int() }),
  officers: z.array(
    z.object({
      officerId: z.uuid().nullable(),
      officerName: z.string(),
      visits: z.number().int(),
      enterprises: z.number().int(),
      concerns: concernCounts,
    }),
  ),
  teams: z.array(
    z.object({
      teamId: z.uuid().nullable(),
      teamName: z.string().nullable(),
      visits: z.number().int(),
      enterprises: z.number().int(),
      officers: z.number().int(),
      concerns: concernCounts,
    }),
  ),
  /** Every tag, in the fixed order: how many visits raised it. */
  concerns: z.array(z.object({ tag: z.enum(concernTags), count: z.number().int() })),
  /** Visits on each day of the month. */
  days: z.array(z.object({ day: z.string(), visits: z.number().int() })),
});
export type MonthlyActivity = z.output<typeof monthlyActivitySchema>;

export const visitHomeSchema = z.object({
  /** The caller's open next steps, the most overdue first, and how many there are. */
  steps: z.array(openStepSchema),
  open: z.number().int(),
  overdue: z.number().int(),
});

export const staffSchema = z.object({ id: z.uuid(), name: z.string() });
