import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES } from '../matching/types.ts';
import { demandKinds, ipOwnerships, marketStates, patentStatuses, patentTypes } from './schema.ts';

/** Optional free text: blank means absent. */
const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable();

/** An amount in 万元: none below zero, none beyond a trillion yuan. */
const wan = z.number().min(0).max(100_000_000);

// Fields (领域).

export const marketFieldSchema = z.object({
  id: z.uuid(),
  /** In the reader's language. */
  name: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  industryCode: z.string().nullable(),
  active: z.boolean(),
  position: z.number().int(),
});

export const marketFieldListQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Deactivated fields too (for administering the list)'),
});

export const createMarketFieldBody = z.object({
  name: text(50).min(1).describe('Simplified Chinese'),
  nameEn: text(100).min(1),
  industryCode: optionalText(10).optional().describe("GB/T 4754-2017 code at any level, 'C397'"),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const updateMarketFieldBody = createMarketFieldBody.partial().extend({
  active: z.boolean().optional().describe('false deactivates: kept on records, no longer offered'),
});

// Parts of both record kinds.

export const contactInput = z.object({
  name: text(100).min(1),
  phone: optionalText(50).optional().default(null),
  email: optionalText(200)
    .refine((value) => value === null || z.email().safeParse(value).success, { message: 'field.invalid' })
    .optional()
    .default(null),
});

const contactSchema = z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() });
const reference = z.object({ id: z.uuid(), name: z.string() });

const recordFields = {
  title: text(200).min(1),
  summary: text(2000).min(1),
  contacts: z.array(contactInput).max(10).optional(),
};

const ownerInput = z.uuid().optional().describe("The owner organisation's enterprise id; reviewers only, others own what they create");

const recordOutput = {
  id: z.uuid(),
  owner: reference,
  title: z.string(),
  summary: z.string(),
  contacts: z.array(contactSchema),
  state: z.enum(marketStates),
  rejectionReason: z.string().nullable().describe('Why the last review sent it back; cleared when it is submitted again'),
  submittedAt: z.date().nullable().describe('Its last submission for review; null if never submitted'),
  expiresAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  allowedActions: z.array(z.string()).describe("The workflow actions the caller may take now (POST …/actions/{action})"),
};

/** The orders a market list may be given; ties go by id, so that paging neither repeats nor skips a record. */
export const marketSorts = ['createdAt', 'updatedAt', 'submittedAt'] as const;

const listQuery = pageQuery.extend({
  state: z.enum(marketStates).optional(),
  fieldId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  q: text(100).optional().describe('Words of the title, summary or keywords, in Simplified or Traditional'),
  sort: z.enum(marketSorts).default('updatedAt').describe('submittedAt: the last submission for review; records never submitted come last either way'),
  order: z.enum(['asc', 'desc']).default('desc').describe('asc for the oldest first (the review queue)'),
});

// Listings (科技成果).

export const patentInput = z.object({
  number: text(50).min(1),
  type: z.enum(patentTypes).describe('发明, 实用新型, 外观设计, 软件著作权'),
  status: z.enum(patentStatuses),
});

const listingFields = {
  ...recordFields,
  details: text(20_000).optional(),
  fieldId: z.uuid().nullable().optional(),
  keywords: z.array(text(50).min(1)).max(20).optional(),
  maturity: z.enum(MATURITY_LEVELS).nullable().optional(),
  trl: z.number().int().min(1).max(9).nullable().optional().describe('Technology readiness level 1–9'),
  patents: z.array(patentInput).max(50).optional(),
  modes: z.array(z.enum(TRANSACTION_MODES)).max(TRANSACTION_MODES.length).optional(),
  priceWan: wan.nullable().optional().describe('Asking price in 万元; null is 面议'),
};

export const createListingBody = z.object({ ...listingFields, ownerId: ownerInput });
/** Only the fields given change; a listing changes only while it is a draft. */
export const updateListingBody = z.object(listingFields).partial();

export const listingSchema = z.object({
  ...recordOutput,
  details: z.string(),
  field: reference.nullable(),
  keywords: z.array(z.string()),
  maturity: z.enum(MATURITY_LEVELS).nullable(),
  trl: z.number().int().nullable(),
  patents: z.array(z.object({ number: z.string(), type: z.enum(patentTypes), status: z.enum(patentStatuses) })),
  modes: z.array(z.enum(TRANSACTION_MODES)),
  priceWan: z.number().nullable(),
});

export const listingListQuery = listQuery.extend({
  minMaturity: z.enum(MATURITY_LEVELS).optional().describe('Listings at this stage or a later one (中试: 中试 and 量产); a listing stating no stage is left out'),
  minTrl: z.coerce.number().int().min(1).max(9).optional().describe('Listings at this technology readiness level or higher; a listing stating none is left out'),
});
export const listingPage = pageOf(listingSchema);

// Demands (需求表).

const demandFields = {
  ...recordFields,
  confidentialDetails: text(20_000).optional().describe('Read only by the owner and the operators'),
  fieldIds: z.array(z.uuid()).max(10).optional().describe("A technology demand's field (one at most), an investor's fields"),
  targets: text(5000).optional().describe('Technology: the quantified targets'),
  budgetWan: wan.nullable().optional(),
  deadline: z.iso.date().nullable().optional(),
  maturityNeeded: z.enum(MATURITY_LEVELS).nullable().optional(),
  ipOwnership: z.enum(ipOwnerships).nullable().optional(),
  stages: z.array(z.enum(MATURITY_LEVELS)).max(MATURITY_LEVELS.length).optional().describe('Capital: the stages invested in'),
  ticketMinWan: wan.nullable().optional(),
  ticketMaxWan: wan.nullable().optional(),
  modes: z.array(z.enum(TRANSACTION_MODES)).max(TRANSACTION_MODES.length).optional(),
};

export const createDemandBody = z.object({ ...demandFields, kind: z.enum(demandKinds), ownerId: ownerInput });
/** Only the fields given change; the kind stays; a demand changes only while it is a draft. */
export const updateDemandBody = z.object(demandFields).partial();

export const demandSchema = z.object({
  ...recordOutput,
  kind: z.enum(demandKinds),
  confidentialDetails: z.string().nullable().describe('null unless the caller is the owner or an operator'),
  fields: z.array(reference),
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

export const demandListQuery = listQuery.extend({
  kind: z.enum(demandKinds).optional(),
  maturity: z
    .enum(MATURITY_LEVELS)
    .optional()
    .describe('Demands a technology at this stage answers: technology demands needing this stage or an earlier one, capital demands investing in it'),
});
export const demandPage = pageOf(demandSchema);

// The workflow.

export const actionParams = z.object({ id: z.uuid(), action: z.string().max(40) });
export const actionBody = z
  .record(z.string(), z.unknown())
  .nullish()
  .describe('The evidence the action takes: reject needs { reason }');

export const historySchema = z.object({
  transitions: z.array(
    z.object({
      action: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorId: z.string().nullable(),
      actorName: z.string(),
      at: z.date(),
      evidence: z.unknown(),
    }),
  ),
  timeInStates: z.array(z.object({ state: z.string(), ms: z.number(), current: z.boolean() })),
});

export type CreateListingInput = z.infer<typeof createListingBody>;
export type UpdateListingInput = z.infer<typeof updateListingBody>;
export type CreateDemandInput = z.infer<typeof createDemandBody>;
export type UpdateDemandInput = z.infer<typeof updateDemandBody>;
