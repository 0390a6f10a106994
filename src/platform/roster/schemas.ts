import { z } from 'zod';
import { text } from '../http/schemas.ts';
import { teamRoles } from '../teams/schema.ts';
import { swapStates } from './schema.ts';

const instant = z.iso
  .datetime({ offset: true })
  .describe('An instant, ISO 8601 with its offset: 2026-12-07T20:00:00+08:00')
  .transform((value) => new Date(value));
const note = text(500)
  .transform((value) => value || null)
  .nullable();

export const rosterQuery = z.object({
  week: z.string().max(10).optional().describe("An ISO week, 2026-W49; this week's (Beijing) unless given"),
});

export const shiftParams = z.object({ id: z.uuid(), shiftId: z.uuid() });
export const swapParams = z.object({ id: z.uuid(), swapId: z.uuid() });

export const shiftBody = z.object({
  userId: z.uuid(),
  startsAt: instant,
  endsAt: instant,
  note: note.optional().default(null),
});
export const changeShiftBody = shiftBody.partial();

export const askSwapBody = z.object({ askedUserId: z.uuid(), note: note.optional().default(null) });

export const shiftSchema = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  userId: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  note: z.string().nullable(),
});

export const swapSchema = z.object({
  id: z.uuid(),
  shiftId: z.uuid(),
  requestedBy: z.uuid(),
  askedUserId: z.uuid(),
  note: z.string().nullable(),
  state: z.enum(swapStates),
});

export const rosterSchema = z.object({
  team: z.object({ id: z.uuid(), name: z.string() }),
  week: z.string(),
  days: z.array(z.string()).describe('Monday to Sunday, China calendar days'),
  canPlan: z.boolean().describe('Whether the reader may add, change and delete shifts (the lead, administrators)'),
  members: z.array(z.object({ userId: z.uuid(), displayName: z.string(), role: z.enum(teamRoles) })).describe('Who belongs to the team on any day of the week'),
  shifts: z
    .array(
      z.object({
        id: z.uuid(),
        userId: z.uuid(),
        displayName: z.string(),
        startsAt: z.date(),
        endsAt: z.date(),
        note: z.string().nullable(),
        swap: z
          .object({ id: z.uuid(), requestedBy: z.uuid(), askedUserId: z.uuid(), askedName: z.string(), note: z.string().nullable() })
          .nullable()
          .describe('A swap asked and not yet answered'),
      }),
    )
    .describe('Shifts starting in the week, in order'),
});
