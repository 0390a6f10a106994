import { z } from 'zod';
import { text } from '../../platform/http/schemas.ts';
import { demandKinds } from '../market/schema.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES } from '../matching/types.ts';

/** Results a caller may ask for at once; the panels show the default. */
export const MATCH_TOP_DEFAULT = 20;
const MATCH_TOP_MAX = 50;

export const matchQuery = z.object({
  top: z.coerce.number().int().min(1).max(MATCH_TOP_MAX).default(MATCH_TOP_DEFAULT).describe('How many of the best matches'),
});

const reasonSchema = z.object({
  kind: z.enum(['terms', 'field', 'maturity', 'price', 'modes', 'region']),
  status: z.enum(['met', 'partly', 'unmet']),
  text: z.string().describe("In the reader's language"),
});

const matchFields = {
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  field: z.string().nullable().describe("In the reader's language"),
  score: z.number().describe('Text relevance × structured fit; comparable within one answer only'),
  reasons: z.array(reasonSchema).describe('Why it matches, best reason first'),
};

export const listingMatchSchema = z.object({
  ...matchFields,
  keywords: z.array(z.string()),
  maturity: z.enum(MATURITY_LEVELS).nullable(),
  modes: z.array(z.enum(TRANSACTION_MODES)),
  priceWan: z.number().nullable(),
  owner: z.string().nullable(),
});

export const demandMatchSchema = z.object({
  ...matchFields,
  kind: z.enum(demandKinds),
  summary: z.string().describe('The public summary and targets; never the confidential details'),
  maturityNeeded: z.enum(MATURITY_LEVELS).nullable().describe("Technology: the least maturity; capital: the earliest stage invested in"),
  budgetWan: z.number().nullable().describe('Technology: the budget; capital: the largest ticket'),
});

export const listingMatches = z.object({ items: z.array(listingMatchSchema) });
export const demandMatches = z.object({ items: z.array(demandMatchSchema) });

/** A demand as it is being written: every field optional, as limited as the demand form's. */
export const matchPreviewBody = z.object({
  kind: z.enum(demandKinds).default('technology'),
  title: text(200).default(''),
  summary: text(2000).default(''),
  targets: text(5000).default(''),
  fieldIds: z.array(z.uuid()).max(10).default([]),
  budgetWan: z.number().min(0).max(100_000_000).nullable().default(null),
  maturityNeeded: z.enum(MATURITY_LEVELS).nullable().default(null),
  stages: z.array(z.enum(MATURITY_LEVELS)).max(MATURITY_LEVELS.length).default([]),
  ticketMaxWan: z.number().min(0).max(100_000_000).nullable().default(null),
  modes: z.array(z.enum(TRANSACTION_MODES)).max(TRANSACTION_MODES.length).default([]),
  top: z.number().int().min(1).max(MATCH_TOP_MAX).default(MATCH_TOP_DEFAULT),
});

export type MatchPreviewInput = z.infer<typeof matchPreviewBody>;
