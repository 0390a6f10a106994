import { doublePrecision, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { listings } from '../market/schema.ts';

/**
 * Each listing's analysis as the matching index last made it (its terms and their field-weighted frequencies), so
 * that an instance starting up reads the terms instead of segmenting every listing again. A row serves only while
 * both its `fingerprint` (the analysis code, dictionaries and versions: analysis-fingerprint.ts) and its
 * `text_key` (the hash of the texts analysed) still hold; otherwise the listing is analysed afresh and the row
 * replaced. Nothing but the index reads it.
 */
export const listingMatchAnalyses = pgTable('listing_match_analyses', {
  listingId: uuid('listing_id')
    .primaryKey()
    .references(() => listings.id, { onDelete: 'cascade' }),
  fingerprint: text('fingerprint').notNull(),
  textKey: text('text_key').notNull(),
  /** JSON: [terms, frequencies], parallel arrays; JSON.parse reads it faster than any array type pg returns. */
  terms: text('terms').notNull(),
  length: doublePrecision('length').notNull(),
});
