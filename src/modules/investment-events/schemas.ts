import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { projectStages } from '../investment-projects/project-stages.ts';
import { eventKinds } from './event-kinds.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

export const eventBody = z.object({
  name: text(200).min(1),
  kind: z.enum(eventKinds).describe('推介会 promotion, 签约仪式 signingCeremony, 展会 expo, other'),
  heldOn: day,
  city: text(100).min(1),
  venue: optionalText(200),
  organiser: optionalText(200).describe('Who organised it, as said'),
  organiserTeamId: z.uuid().nullable().optional().describe('Our team behind it; an officer records only events of a team they lead'),
  notes: optionalText(4000),
});
export type EventInput = z.output<typeof eventBody>;
export const updateEventBody = eventBody.partial();
export type UpdateEventInput = z.output<typeof updateEventBody>;

export const eventListQuery = pageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Held in this year'),
  kind: z.enum(eventKinds).optional(),
  q: text(100).optional().describe('Part of the name, city or venue'),
});
export type EventListQuery = z.output<typeof eventListQuery>;

export const eventSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(eventKinds),
  heldOn: z.string(),
  city: z.string(),
  venue: z.string().nullable(),
  organiser: z.string().nullable(),
  organiserTeamId: z.uuid().nullable(),
  organiserTeamName: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type EventSummary = z.output<typeof eventSchema>;
export const eventPage = pageOf(eventSchema);

const figures = {
  projects: z.number().int(),
  amountWan: z.number(),
  unverifiedProjects: z.number().int(),
  unverifiedAmountWan: z.number(),
};

const projectRef = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Whether the reader may open the project (its team's, their own, or a reader of every project). */
  mayOpen: z.boolean(),
});

export const landingStepSchema = z.object({
  count: z.number().int(),
  /** Of the projects counted at the event, to four decimals; 0 when none. */
  rate: z.number(),
  projects: z.array(projectRef.extend({ stage: z.enum(projectStages) })),
});

export const eventDetailSchema = eventSchema.extend({
  /** Every signing made at the event, oldest first. */
  signings: z.array(
    z.object({
      id: z.uuid(),
      signedOn: z.string(),
      amountWan: z.number(),
      project: projectRef.extend({ enterpriseName: z.string(), stage: z.enum(projectStages), sectionName: z.string().nullable() }),
      /** This is the project's counted (first) signing; otherwise it was counted earlier, at `countedAt`. */
      counted: z.boolean(),
      countedAt: z.object({ signedOn: z.string(), event: z.object({ id: z.uuid(), name: z.string() }).nullable() }).nullable(),
      /** The amount the project counts (an increase by its increment), for a counted signing; null otherwise. */
      countedAmountWan: z.number().nullable(),
      verification: z.enum(['verified', 'unverified']).nullable(),
    }),
  ),
  /** The projects counted here, the same for every reader, in total and by GB/T 4754 section. */
  totals: z.object({ ...figures, sectors: z.array(z.object({ code: z.string().nullable(), name: z.string().nullable(), ...figures })) }),
  /** Of the projects counted here, those that reached each stage since, as they stand now. */
  landing: z.object({
    counted: z.number().int(),
    registered: landingStepSchema,
    started: landingStepSchema,
    producing: landingStepSchema,
    atCapacity: landingStepSchema,
    terminated: landingStepSchema,
  }),
  /** Whether the caller may change the event. */
  mayEdit: z.boolean(),
});
export type EventDetail = z.output<typeof eventDetailSchema>;
