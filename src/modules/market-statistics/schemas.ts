import { z } from 'zod';
import { marketStates } from '../market/schema.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'marketStatistics.monthFormat' });

export const statisticsQuery = z.object({
  /** The first month, 'YYYY-MM' on Beijing's calendar; by default eleven months before the last. */
  from: month.optional(),
  /** The last month, included; by default the current one. */
  to: month.optional(),
});

const kind = z.enum(['listing', 'demand']);

export const marketStatisticsSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  months: z.array(
    z.object({
      month: z.string(),
      listingsCreated: z.number().int(),
      listingsSubmitted: z.number().int(),
      listingsPublished: z.number().int(),
      demandsCreated: z.number().int(),
      demandsSubmitted: z.number().int(),
      demandsPublished: z.number().int(),
      dealsSigned: z.number().int(),
      contractAmountWan: z.number(),
    }),
  ),
  fields: z.array(
    z.object({
      fieldId: z.uuid().nullable(),
      fieldName: z.string().nullable(),
      listings: z.number().int(),
      technologyDemands: z.number().int(),
      capitalDemands: z.number().int(),
    }),
  ),
  review: z.array(z.object({ kind, approved: z.number().int(), rejected: z.number().int(), medianDaysToDecision: z.number().nullable() })),
  deals: z.object({
    introductionsRequested: z.number().int(),
    introductionsAccepted: z.number().int(),
    dealsSigned: z.number().int(),
    dealsCompleted: z.number().int(),
    contractAmountWan: z.number(),
  }),
  fieldDeals: z.array(
    z.object({
      fieldId: z.uuid().nullable(),
      fieldName: z.string().nullable(),
      introductionsRequested: z.number().int(),
      introductionsAccepted: z.number().int(),
      dealsSigned: z.number().int(),
      dealsCompleted: z.number().int(),
      contractAmountWan: z.number(),
      /** Accepted of those asked for, signed of those accepted, completed of those signed: per cent, null for none before. */
      acceptedRate: z.number().nullable(),
      signedRate: z.number().nullable(),
      completedRate: z.number().nullable(),
    }),
  ),
  dealStages: z.array(z.object({ state: z.enum(['intent', 'negotiation', 'signed', 'registered']), moves: z.number().int(), medianDays: z.number().nullable() })),
  states: z.array(z.object({ kind, state: z.enum(marketStates), count: z.number().int() })),
});
