import { customType, doublePrecision, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { listings } from '../market/schema.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Each listing's analysis as the matching index last made it (its terms and their field-weighted frequencies), so
 * that an instance starting up reads the terms instead of segmenting every listing again. A row serves only while
 * both its `fingerprint` (the analysis code, dictionaries and versions: analysis-fingerprint.ts; and the way it
 * is stored: keptAnalysisFingerprint) and its `text_key` (the hash of the texts analysed) still hold; otherwise the
 * listing is analysed afresh and the row replaced. Nothing but the index reads it.
 */
export const listingMatchAnalyses = pgTable('listing_match_analyses', {
  listingId: uuid('listing_id')
    .primaryKey()
    .references(() => listings.id, { onDelete: 'cascade' }),
  fingerprint: text('fingerprint').notNull(),
  textKey: text('text_key').notNull(),
  /** The terms' numbers in match_terms, then their frequencies: see packTerms in kept-analyses.ts. */
  terms: bytea('terms').notNull(),
  length: doublePrecision('length').notNull(),
});

/**
 * The terms of kept analyses, numbered: an analysis keeps numbers, which read back far faster than strings.
 * Terms are only added (a few hundred thousand for a large market); a number, once given, names its term forever.
 */
export const matchTerms = pgTable('match_terms', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  term: text('term').notNull().unique(),
});
