import { z } from 'zod';
import { optionalText, pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { enterpriseEventKinds, enterpriseEventStates, participantStatuses } from './event-kinds.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');

const eventFields = {
  kind: z.enum(enterpriseEventKinds).describe('考察交流 study_tour, 训练营 training_camp, 英雄榜 honour_list, 沙龙 salon, other'),
  title: text(200).min(1),
  organiser: optionalText(200),
  place: optionalText(200),
  startsOn: day,
  endsOn: day.nullable().optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().optional().describe('Places for registered firms; none for no limit'),
  registrationDeadline: z.coerce.date().nullable().optional().describe('The instant registration closes'),
  description: optionalText(4000),
};

export const createEventBody = z
  .object(eventFields)
  .refine((body) => !body.endsOn || body.startsOn <= body.endsOn, { path: ['endsOn'], message: 'enterpriseEvent.endBeforeStart' });
export type CreateEventInput = z.output<typeof createEventBody>;

export const updateEventBody = z
  .object({ ...eventFields, state: z.enum(enterpriseEventStates).describe('draft → open ⇄ closed → done') })
  .partial()
  .refine((body) => !body.endsOn || !body.startsOn || body.startsOn <= body.endsOn, { path: ['endsOn'], message: 'enterpriseEvent.endBeforeStart' });
export type UpdateEventInput = z.output<typeof updateEventBody>;

export const eventListQuery = pageQuery.extend({
  kind: z.enum(enterpriseEventKinds).optional(),
  state: z.enum(enterpriseEventStates).optional(),
  q: text(100).optional().describe('Part of the title, organiser or place'),
});
export type EventListQuery = z.output<typeof eventListQuery>;

const statusCounts = z.object(Object.fromEntries(participantStatuses.map((status) => [status, z.number().int()])) as Record<(typeof participantStatuses)[number], z.ZodNumber>);

export const eventSchema = z.object({
  id: z.uuid(),
  kind: z.enum(enterpriseEventKinds),
  title: z.string(),
  organiser: z.string().nullable(),
  place: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  capacity: z.number().int().nullable(),
  registrationDeadline: z.date().nullable(),
  description: z.string().nullable(),
  state: z.enum(enterpriseEventStates),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const eventPage = pageOf(eventSchema.extend({ counts: statusCounts }));

export const participantSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  status: z.enum(participantStatuses),
  contactPerson: z.string().nullable(),
  note: z.string().nullable(),
  rank: z.number().int().nullable(),
  citation: z.string().nullable(),
  invitedAt: z.date(),
  respondedAt: z.date().nullable(),
  attendedAt: z.date().nullable(),
});

export const followUpSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  description: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  dueOn: z.string(),
  doneAt: z.date().nullable(),
});

export const eventDetailSchema = eventSchema.extend({
  counts: statusCounts,
  /** Honour lists by rank, others by firm name. */
  participants: z.array(participantSchema),
  /** Open ones first, by due day. */
  followUps: z.array(followUpSchema),
  mayManage: z.boolean(),
});

export const inviteBody = z.object({
  entries: z
    .array(
      z.object({
        enterpriseId: z.uuid(),
        contactPerson: optionalText(100),
        note: optionalText(1000),
        rank: z.number().int().min(1).max(10_000).nullable().optional().describe('On an honour list'),
        citation: optionalText(1000).describe('On an honour list'),
      }),
    )
    .min(1)
    .max(500)
    .describe('Firms already invited are left as they are'),
});
export type InviteInput = z.output<typeof inviteBody>;

export const attendanceBody = z.object({
  entries: z.array(z.object({ enterpriseId: z.uuid(), status: z.enum(['attended', 'absent']) })).min(1).max(500),
});
export type AttendanceInput = z.output<typeof attendanceBody>;

export const followUpBody = z.object({
  description: text(1000).min(1),
  ownerId: z.uuid().describe('The member of staff who does it'),
  dueOn: day,
  enterpriseId: z.uuid().nullable().optional().describe('A participant it is about'),
});
export type FollowUpInput = z.output<typeof followUpBody>;

export const followUpChangeBody = followUpBody
  .pick({ description: true, ownerId: true, dueOn: true })
  .partial()
  .describe('Only the fields given change; the firm it is about stays');
export type FollowUpChange = z.output<typeof followUpChangeBody>;

export const respondBody = z.object({ contactPerson: optionalText(100) });

export const myEventsSchema = z.object({
  items: z.array(
    eventSchema.omit({ createdAt: true, updatedAt: true }).extend({
      status: z.enum(participantStatuses),
      rank: z.number().int().nullable(),
      citation: z.string().nullable(),
      contactPerson: z.string().nullable(),
      placesLeft: z.number().int().nullable().describe('None when unlimited'),
      mayRegister: z.boolean(),
      mayDecline: z.boolean(),
    }),
  ),
});

export const followUpOwnersSchema = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });

export const myFollowUpsSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.uuid(),
        eventId: z.uuid(),
        eventTitle: z.string(),
        enterpriseName: z.string().nullable(),
        description: z.string(),
        dueOn: z.string(),
        overdue: z.boolean().describe('Its due day, a China day, has passed'),
      }),
    )
    .describe('A few, the most overdue first'),
  open: z.number().int(),
  overdue: z.number().int(),
});
