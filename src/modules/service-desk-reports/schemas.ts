import { z } from 'zod';
import { monthPattern } from '../../platform/calendar/china-month.ts';
import { pageOf, pageQuery } from '../../platform/http/schemas.ts';
import { slaOutcomes, slaOutcomeTargets } from '../service-desk/schema.ts';
import { requestSummarySchema } from '../service-desk/schemas.ts';
import { backlogAgeKeys } from './backlog-age.ts';

const month = z.string().regex(monthPattern, { message: 'deskReport.monthFormat' });

/** The period and filters every figure of the report is read with, and its drill-down. */
const reportFields = {
  from: month.optional().describe("The first China month, 'YYYY-MM'; by default eleven months before the last"),
  to: month.optional().describe('The last China month, included; by default the current one'),
  teamId: z.union([z.uuid(), z.literal('none')]).optional().describe("One team's requests; `none`: those routed to no team"),
  categoryCode: z.string().max(32).optional().describe("One category's requests"),
};

export const deskReportQuery = z.object(reportFields);
export type DeskReportQuery = z.output<typeof deskReportQuery>;

export const deskFigures = ['created', 'resolved', 'open', 'rated', 'sla'] as const;
export type DeskFigure = (typeof deskFigures)[number];

export const figureRequestsQuery = pageQuery.extend({
  ...reportFields,
  figure: z
    .enum(deskFigures)
    .describe(
      'created or resolved in the months; open: not yet resolved, now (the months do not apply); rated in the months; sla: with an SLA outcome decided in the months',
    ),
  age: z.enum(backlogAgeKeys).optional().describe('open: waiting this long'),
  rating: z.coerce.number().int().min(1).max(5).optional().describe('rated: this rating'),
  target: z.enum(slaOutcomeTargets).optional().describe('sla: of this target'),
  outcome: z.enum(slaOutcomes).optional().describe('sla: with this outcome'),
});
export type FigureRequestsQuery = z.output<typeof figureRequestsQuery>;

export const figureRequestsSchema = pageOf(requestSummarySchema);

const range = z.object({ from: z.string(), to: z.string() });
const team = { teamId: z.uuid().nullable().describe('Null: routed to no team'), name: z.string().nullable() };
const category = { categoryCode: z.string(), name: z.string() };

export const createdResolvedSchema = z.object({
  range,
  total: z.object({ created: z.number().int(), resolved: z.number().int() }),
  /** Every month of the range, those with none included. */
  months: z.array(z.object({ month: z.string(), created: z.number().int(), resolved: z.number().int() })),
});
export type CreatedResolvedReport = z.output<typeof createdResolvedSchema>;

const ages = z.object(Object.fromEntries(backlogAgeKeys.map((key) => [key, z.number().int()])) as Record<(typeof backlogAgeKeys)[number], z.ZodNumber>);

export const backlogSchema = z.object({
  /** The instant the ages were counted at. */
  at: z.date(),
  total: z.object({ open: z.number().int(), ages }),
  /** The teams with open requests, the most first. */
  teams: z.array(z.object({ ...team, open: z.number().int(), ages })),
});
export type BacklogReport = z.output<typeof backlogSchema>;

const ratingFigures = {
  count: z.number().int(),
  mean: z.number().nullable(),
  ratings: z.array(z.number().int()).length(5).describe('How many rated 1, 2, 3, 4 and 5'),
};

export const satisfactionSchema = z.object({
  range,
  total: z.object(ratingFigures),
  months: z.array(z.object({ month: z.string(), ...ratingFigures })),
  teams: z.array(z.object({ ...team, ...ratingFigures })),
  categories: z.array(z.object({ ...category, ...ratingFigures })),
});
export type SatisfactionReport = z.output<typeof satisfactionSchema>;

const attainment = z.object({
  met: z.number().int(),
  breached: z.number().int(),
  shareMet: z.number().nullable().describe('met ÷ (met + breached), to four decimals; null when none was decided'),
});
const targets = { response: attainment.describe('First response'), resolution: attainment };

export const slaAttainmentSchema = z.object({
  range,
  total: z.object(targets),
  /** Every month of the range, those with none included. */
  months: z.array(z.object({ month: z.string(), ...targets })),
  /** The most outcomes first. */
  teams: z.array(z.object({ ...team, ...targets })),
  categories: z.array(z.object({ ...category, ...targets })),
});
export type SlaAttainmentReport = z.output<typeof slaAttainmentSchema>;
