import { z } from 'zod';
import { projectFilterFields } from '../investment-projects/schemas.ts';
import { pipelineStages, projectStages } from '../investment-projects/project-stages.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a Beijing calendar day');

export const reportQuery = z.object({
  from: day.optional().describe('The first day of the period; 1 January of this year by default'),
  to: day.optional().describe('The last day of the period, included; 31 December of the first day’s year by default'),
  ...projectFilterFields,
  verifiedOnly: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Leave out signed projects whose amount has no agreement file'),
});
export type ReportQuery = z.output<typeof reportQuery>;

const period = z.object({ from: z.string(), to: z.string() });

export const funnelReportSchema = z.object({
  period,
  /** Of the projects created in the period: how many reached each pipeline stage (or a later one) by now. */
  funnel: z.array(
    z.object({
      stage: z.enum(pipelineStages),
      reached: z.number().int(),
      /** reached ÷ the stage before's, in per cent to one decimal; null for the first stage or after none. */
      conversion: z.number().nullable(),
    }),
  ),
  /** Every project matching the filters by its stage now, whatever the period. */
  current: z.array(z.object({ stage: z.enum(projectStages), count: z.number().int() })),
  /** Completed stays in each stage of the projects created in the period; a stay still under way is left out. */
  stageDays: z.array(z.object({ stage: z.enum(projectStages), stays: z.number().int(), projects: z.number().int(), medianDays: z.number().nullable() })),
});
export type FunnelReport = z.output<typeof funnelReportSchema>;

const figures = { signed: z.number().int(), amountWan: z.number(), unverified: z.number().int(), unverifiedAmountWan: z.number() };

export const signedReportSchema = z.object({
  period,
  total: z.object(figures),
  /** By the GB/T 4754 section of the industry (null: none given), named in the reader's language. */
  bySector: z.array(z.object({ sector: z.string().nullable(), name: z.string().nullable(), ...figures })),
  byRegion: z.array(z.object({ regionCode: z.string().nullable(), name: z.string().nullable(), ...figures })),
  byTeam: z.array(z.object({ teamId: z.uuid().nullable(), name: z.string().nullable(), ...figures })),
  /** Every month of the period, Beijing time, those with none included. */
  byMonth: z.array(z.object({ month: z.string(), ...figures })),
});
export type SignedReport = z.output<typeof signedReportSchema>;

const share = { totalArea: z.number(), leasedArea: z.number(), leasedShare: z.number(), openShare: z.number() };

export const occupancyReportSchema = z.object({
  period,
  sites: z.array(
    z.object({
      siteId: z.uuid(),
      name: z.string(),
      regionCode: z.string().nullable(),
      regionName: z.string().nullable(),
      /** Today. */
      ...share,
      /** At the end of each month of the period up to this one (today in the month under way). */
      months: z.array(z.object({ month: z.string(), ...share })),
    }),
  ),
});
export type OccupancyReport = z.output<typeof occupancyReportSchema>;

const landingStep = z.object({ count: z.number().int(), rate: z.number().describe('Of the projects counted at the event, to four decimals; 0 when none') });

export const eventLandingReportSchema = z.object({
  period,
  /** The events held in the period, the latest first, each with the projects counted there that the reader sees. */
  events: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      heldOn: z.string(),
      city: z.string(),
      counted: z.number().int(),
      registered: landingStep,
      started: landingStep,
      producing: landingStep,
      atCapacity: landingStep,
      terminated: landingStep,
    }),
  ),
});
export type EventLandingReport = z.output<typeof eventLandingReportSchema>;
