import { z } from 'zod';
import { pageOf, text } from '../../platform/http/schemas.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES } from '../matching/types.ts';
import { organisationKinds } from '../enterprises/schema.ts';
import { demandKinds, ipOwnerships, patentStatuses, patentTypes } from '../market/schema.ts';

/**
 * Anonymous readers page through at most 50 records at a time and 100 pages deep: enough for a person, and a
 * scraper has to ask many times, each a small query.
 */
const publicQuery = z.object({
  page: z.coerce.number().int().min(1).max(100).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  fieldId: z.uuid().optional(),
  q: text(100).optional().describe('Words of the title, summary or keywords, in Simplified or Traditional'),
});

export const publicListingQuery = publicQuery;
export const publicDemandQuery = publicQuery.extend({ kind: z.enum(demandKinds).optional() });
export type PublicListingQuery = z.infer<typeof publicListingQuery>;
export type PublicDemandQuery = z.infer<typeof publicDemandQuery>;

export const publicFieldSchema = z.object({ id: z.uuid(), name: z.string().describe("In the request's language") });

// Only what the public may read: never contacts, confidential details, the owner's record id, the review's state
// or reasons, or who created it. Each schema lists its fields rather than picking from the in-app ones, so a field
// added there does not become public by itself.
const publicOwner = z.object({ name: z.string(), kind: z.enum(organisationKinds) });
const publicRecord = {
  id: z.uuid(),
  owner: publicOwner,
  title: z.string(),
  summary: z.string(),
  publishedAt: z.date().describe('When it was last approved or renewed'),
  expiresAt: z.date().nullable(),
};

export const publicListingSchema = z.object({
  ...publicRecord,
  field: publicFieldSchema.nullable(),
  keywords: z.array(z.string()),
  maturity: z.enum(MATURITY_LEVELS).nullable(),
  trl: z.number().int().nullable(),
  patents: z.array(z.object({ number: z.string(), type: z.enum(patentTypes), status: z.enum(patentStatuses) })),
  modes: z.array(z.enum(TRANSACTION_MODES)),
  priceWan: z.number().nullable().describe('null is 面议'),
});
export const publicListingDetailSchema = publicListingSchema.extend({ details: z.string() });

export const publicDemandSchema = z.object({
  ...publicRecord,
  kind: z.enum(demandKinds),
  fields: z.array(publicFieldSchema),
  targets: z.string(),
  budgetWan: z.number().nullable(),
  deadline: z.string().nullable(),
  maturityNeeded: z.enum(MATURITY_LEVELS).nullable(),
  ipOwnership: z.enum(ipOwnerships).nullable(),
  stages: z.array(z.enum(MATURITY_LEVELS)),
  ticketMinWan: z.number().nullable(),
  ticketMaxWan: z.number().nullable(),
  modes: z.array(z.enum(TRANSACTION_MODES)),
});

export const publicListingPage = pageOf(publicListingSchema);
export const publicDemandPage = pageOf(publicDemandSchema);
