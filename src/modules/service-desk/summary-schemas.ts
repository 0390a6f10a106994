import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/schemas.ts';
import { serviceRequestPriorities, serviceRequestStates } from './schema.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');

export const summaryParams = z.object({ teamId: z.uuid(), day });
export const summaryTeamParams = z.object({ teamId: z.uuid() });

export const summaryListQuery = pageQuery.extend({
  teamId: z.uuid().optional(),
  from: day.optional(),
  to: day.optional(),
});
export type SummaryListQuery = z.output<typeof summaryListQuery>;

const durationFigures = z.object({ count: z.number().int(), medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable() });
const slaCount = z.object({ met: z.number().int(), breached: z.number().int() });

export const dailySummarySchema = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  day: z.string(),
  producedAt: z.date(),
  /** Null when the scheduled job produced it. */
  producedByName: z.string().nullable(),
  /** Whether it is the latest day's, the one a supervisor may produce again. */
  latest: z.boolean(),
  created: z.number().int(),
  resolved: z.number().int(),
  sla: z.object({ firstResponse: slaCount, resolution: slaCount }).nullable().describe('Null when no SLA policy applied, so nothing was measured'),
  firstResponse: durationFigures,
  resolution: durationFigures,
  open: z.array(
    z.object({
      requestId: z.uuid(),
      reference: z.string(),
      categoryCode: z.string(),
      categoryName: z.string(),
      priority: z.enum(serviceRequestPriorities),
      state: z.enum(serviceRequestStates),
      createdAt: z.string(),
      ownerName: z.string().nullable(),
      sla: z.enum(['at_risk', 'breached']).nullable(),
    }),
  ),
  repeated: z.array(
    z.object({
      categoryCode: z.string(),
      categoryName: z.string(),
      locationLabel: z.string(),
      count: z.number().int(),
      requests: z.array(z.object({ requestId: z.uuid(), reference: z.string() })),
    }),
  ),
});
export type DailySummaryView = z.output<typeof dailySummarySchema>;

export const summaryListItem = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  day: z.string(),
  producedAt: z.date(),
  created: z.number().int(),
  resolved: z.number().int(),
  open: z.number().int(),
});

export const summaryPage = pageOf(summaryListItem).extend({
  /** The teams whose summaries the reader may browse, for the filter. */
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type SummaryPage = z.output<typeof summaryPage>;
