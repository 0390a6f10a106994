import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { listings } from '../market/schema.ts';
import { listingsForMatchQuery, toMatchListing } from '../market/to-match.ts';
import type { AnalysedDocument } from '../matching/engine/collection.ts';
import type { Listing } from '../matching/types.ts';
import { listingMatchAnalyses } from './schema.ts';

/** A listing's analysis as kept, with the hash of the texts it was made of. */
export interface KeptAnalysis {
  listingId: string;
  textKey: string;
  analysis: AnalysedDocument;
}

/** Rows written per statement: a few hundred kilobytes of JSON. */
const WRITE_BATCH = 1_000;

/** A page of published listings, with the analyses kept of them under the fingerprint asked for. */
export interface ListingPage {
  listings: Listing[];
  kept: Map<string, KeptAnalysis>;
}

/** Listings read per query: small enough to be garbage by the time the next page arrives. */
const PAGE_SIZE = 5_000;

async function readPage(db: DbOrTx, fingerprint: string, after: string | undefined, pageSize: number): Promise<ListingPage> {
  const rows = await listingsForMatchQuery(db, {
    keptTextKey: listingMatchAnalyses.textKey,
    keptTerms: listingMatchAnalyses.terms,
    keptLength: listingMatchAnalyses.length,
  })
    .leftJoin(
      listingMatchAnalyses,
      and(
        eq(listingMatchAnalyses.listingId, listings.id),
        eq(listingMatchAnalyses.fingerprint, fingerprint),
        // The same bound on both sides: a merge join then starts both scans at the page, not at the first row.
        after === undefined ? undefined : gt(listingMatchAnalyses.listingId, after),
      ),
    )
    .where(and(eq(listings.state, 'published'), after === undefined ? undefined : gt(listings.id, after)))
    .orderBy(listings.id)
    .limit(pageSize);
  const kept = new Map<string, KeptAnalysis>();
  for (const { id, keptTextKey, keptTerms, keptLength } of rows) {
    if (keptTextKey === null || keptTerms === null || keptLength === null) continue;
    const [terms, frequencies] = JSON.parse(keptTerms) as [string[], number[]];
    kept.set(id, { listingId: id, textKey: keptTextKey, analysis: { terms, frequencies, length: keptLength } });
  }
  return { listings: rows.map(toMatchListing), kept };
}

/**
 * Every published listing, page by page in id order, each page with the analyses kept of its listings; the next
 * page is read while the caller indexes this one. Pages are separate statements: a listing changed meanwhile is
 * announced, and the index re-reads it after.
 */
export async function* publishedListingPages(db: DbOrTx, fingerprint: string, pageSize = PAGE_SIZE): AsyncGenerator<ListingPage> {
  let next: Promise<ListingPage> | undefined = readPage(db, fingerprint, undefined, pageSize);
  while (next) {
    const page: ListingPage = await next;
    const last = page.listings.at(-1);
    next = page.listings.length === pageSize && last ? readPage(db, fingerprint, last.id, pageSize) : undefined;
    // Should the caller stop early, a failure of the page read ahead is nobody's business.
    next?.catch(() => undefined);
    yield page;
  }
}

/**
 * Keeps analyses, replacing what was kept of those listings unless it is the same already (every instance keeps
 * what it analysed after a change; the first write does the work, the others find nothing to change). A listing
 * deleted meanwhile is skipped.
 */
export async function keepAnalyses(db: DbOrTx, fingerprint: string, analyses: readonly KeptAnalysis[]): Promise<void> {
  for (let start = 0; start < analyses.length; start += WRITE_BATCH) {
    const batch = analyses.slice(start, start + WRITE_BATCH).map(({ listingId, textKey, analysis }) => ({
      listing_id: listingId,
      text_key: textKey,
      terms: JSON.stringify([analysis.terms, analysis.frequencies]),
      length: analysis.length,
    }));
    await db.execute(sql`
      INSERT INTO ${listingMatchAnalyses} (listing_id, fingerprint, text_key, terms, length)
      SELECT kept.listing_id, ${fingerprint}, kept.text_key, kept.terms, kept.length
      FROM json_to_recordset(${JSON.stringify(batch)}::json) AS kept(listing_id uuid, text_key text, terms text, length double precision)
      WHERE EXISTS (SELECT 1 FROM ${listings} WHERE ${listings.id} = kept.listing_id)
      ON CONFLICT (listing_id) DO UPDATE SET fingerprint = excluded.fingerprint, text_key = excluded.text_key, terms = excluded.terms, length = excluded.length
      WHERE (${listingMatchAnalyses.fingerprint}, ${listingMatchAnalyses.textKey}) IS DISTINCT FROM (excluded.fingerprint, excluded.text_key)`);
  }
}
