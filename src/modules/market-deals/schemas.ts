import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { TRANSACTION_MODES } from '../matching/types.ts';
import { marketStates } from '../market/schema.ts';
import { demandSchema, historySchema } from '../market/schemas.ts';
import { dealSides, dealStates, declineReasons, introductionOrigins, introductionStates } from './schema.ts';

const named = z.object({ id: z.uuid(), name: z.string() });
const titled = z.object({ id: z.uuid(), title: z.string() });

export const requestIntroductionBody = z.object({
  listingId: z.uuid(),
  demandId: z.uuid().nullable().optional().describe("One of the caller's own demands the listing would answer"),
  message: text(2000).default(''),
});

export const proposeIntroductionBody = z.object({
  listingId: z.uuid(),
  demandId: z.uuid(),
  message: text(2000).default(''),
});

export const declineBody = z
  .object({
    reason: z.enum(declineReasons),
    text: text(2000).default('').describe("Required with reason 'other'"),
  })
  .refine((body) => body.reason !== 'other' || body.text.length > 0, { path: ['text'], message: 'deal.otherNeedsText' });

export const introductionListQuery = pageQuery.extend({
  state: z.enum(introductionStates).optional(),
  listingId: z.uuid().optional(),
  awaitingMe: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe("Only those waiting for the caller's organisation to decide (the owner's inbox)"),
});

export const introductionSchema = z.object({
  id: z.uuid(),
  state: z.enum(introductionStates),
  origin: z.enum(introductionOrigins),
  listing: titled.extend({ owner: named }),
  demand: titled.nullable(),
  party: named,
  message: z.string(),
  listingAcceptedAt: z.date().nullable(),
  demandAcceptedAt: z.date().nullable(),
  declineReason: z.enum(declineReasons).nullable(),
  declineText: z.string().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
  /** Whether the caller's organisation has a decision to take on it now. */
  canDecide: z.boolean(),
  deal: z.object({ id: z.uuid(), state: z.enum(dealStates) }).nullable(),
});
export type IntroductionView = z.infer<typeof introductionSchema>;

export const introductionDetailSchema = introductionSchema.extend({
  /** The demand as the caller may read it: its confidential details only once released to them. */
  demandRecord: demandSchema.nullable(),
});

export const introductionPage = pageOf(introductionSchema);

export const dealListQuery = pageQuery.extend({ state: z.enum(dealStates).optional(), listingId: z.uuid().optional() });

export const dealSummarySchema = z.object({
  id: z.uuid(),
  state: z.enum(dealStates),
  listing: titled,
  demand: titled.nullable(),
  seller: named,
  buyer: named,
  amountWan: z.number().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DealSummary = z.infer<typeof dealSummarySchema>;
export const dealPage = pageOf(dealSummarySchema);

export const dealMessageSchema = z.object({
  id: z.uuid(),
  authorName: z.string(),
  side: z.enum(dealSides),
  body: z.string(),
  createdAt: z.date(),
});

export const dealDetailSchema = dealSummarySchema.extend({
  introductionId: z.uuid(),
  demandRecord: demandSchema.nullable(),
  signedOn: z.string().nullable(),
  mode: z.enum(TRANSACTION_MODES).nullable(),
  contractFileId: z.uuid().nullable(),
  registrationNumber: z.string().nullable(),
  closeReason: z.string().nullable(),
  /** The side the caller speaks for. */
  side: z.enum(dealSides),
  allowedActions: z.array(z.string()),
  messages: z.array(dealMessageSchema),
  history: historySchema,
});
export type DealDetail = z.infer<typeof dealDetailSchema>;

export const dealActionParams = z.object({ id: z.uuid(), action: z.string().max(40) });
export const dealMessageBody = z.object({ body: text(5000).min(1) });

export const listingFunnelSchema = z.object({
  views: z.number().int(),
  /** Other organisations' published demands the listing matches above the notices' threshold. */
  matchedDemands: z.number().int(),
  introductionRequests: z.number().int(),
  accepted: z.number().int(),
  /** Deals at 签约 or after. */
  signedDeals: z.number().int(),
  contractAmountWan: z.number(),
});
export type ListingFunnel = z.infer<typeof listingFunnelSchema>;

export const listingFunnelPage = pageOf(
  z.object({
    listing: titled.extend({ state: z.enum(marketStates) }),
    funnel: listingFunnelSchema,
  }),
);
export type ListingFunnelPage = z.infer<typeof listingFunnelPage>;

export const brokerQueueSchema = z.object({
  /** Introductions waiting for an owner's decision, the oldest first. */
  introductions: z.object({
    total: z.number().int(),
    items: z.array(z.object({ id: z.uuid(), origin: z.enum(introductionOrigins), createdAt: z.date(), listing: titled, party: named })),
  }),
  /** Deals registered (技术合同登记) and waiting for the operator to confirm completion, the longest waiting first. */
  awaitingCompletion: z.object({
    total: z.number().int(),
    items: z.array(z.object({ id: z.uuid(), listing: titled, seller: z.string(), buyer: z.string(), registeredAt: z.date() })),
  }),
  /** Open deals before registration with no stage move and no message for `stallDays` days, the longest quiet first. */
  stalledDeals: z.object({
    stallDays: z.number().int(),
    total: z.number().int(),
    items: z.array(
      z.object({
        id: z.uuid(),
        state: z.enum(['intent', 'negotiation', 'signed']),
        listing: titled,
        seller: z.string(),
        buyer: z.string(),
        lastActivityAt: z.date(),
      }),
    ),
  }),
});
export type BrokerQueue = z.infer<typeof brokerQueueSchema>;
