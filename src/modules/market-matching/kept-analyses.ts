import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { and, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../platform/db/connection.ts';
import { listings } from '../market/schema.ts';
import { arrayRowToMatchListing, LISTING_MATCH_COLUMNS, listingsForMatchQuery } from '../market/to-match.ts';
import { analysisFingerprint } from '../matching/engine/analysis-fingerprint.ts';
import type { AnalysedDocument, NumberedAnalysis } from '../matching/engine/collection.ts';
import type { EngineConfig } from '../matching/engine/match-engine.ts';
import type { Listing } from '../matching/types.ts';
import { listingMatchAnalyses, matchTerms } from './schema.ts';

/**
 * What a listing's analysis read of it, its texts (title, keywords, summary: the engine's listing fields), as the
 * md5 of each text's UTF-8 length and bytes in turn. PostgreSQL computes the same of a listing's columns
 * (`currentTextKey`), so that a start compares the kept key with the listing's in the query that reads both, and
 * hashes nothing here; a test holds the two equal.
 */
export function listingTextKey(texts: readonly string[]): string {
  const hash = createHash('md5');
  for (const text of texts) hash.update(`${Buffer.byteLength(text)}:${text}`);
  return hash.digest('hex');
}

/** listingTextKey of a listing's texts as they stand, computed by the database. */
export const currentTextKey = sql`md5(${sql.join(
  [listings.title, sql`array_to_string(${listings.keywords}, '，')`, listings.summary].map((text) => sql`octet_length(${text})::text || ':' || ${text}`),
  sql` || `,
)})`;

/** A listing's analysis as kept, with the hash of the texts it was made of. */
export interface KeptAnalysis {
  listingId: string;
  textKey: string;
  analysis: AnalysedDocument;
}

/** Rows written per statement: a few hundred kilobytes of JSON. */
const WRITE_BATCH = 1_000;

/**
 * The fingerprint analyses are kept under: the analysis's own (analysis-fingerprint.ts) and the way they are
 * stored here, which is in the machine's byte order.
 */
export function keptAnalysisFingerprint(config: EngineConfig): string {
  return `${analysisFingerprint(config)}.3${endianness()}`;
}

/**
 * An analysis as stored: the numbers of its terms in `match_terms` (uint32), then their frequencies (float32, as
 * the index keeps them), in the machine's order. Reading it back makes one buffer per listing, not a string per term.
 */
function packTerms(numbers: readonly number[], frequencies: readonly number[]): Buffer {
  const packed = Buffer.alloc(8 * numbers.length);
  new Uint32Array(packed.buffer, packed.byteOffset, numbers.length).set(numbers);
  new Float32Array(packed.buffer, packed.byteOffset + 4 * numbers.length, numbers.length).set(frequencies);
  return packed;
}

/** The term numbers and frequencies of a stored analysis (see packTerms). */
export function unpackTerms(packed: Buffer, length: number): NumberedAnalysis {
  // Typed arrays need an aligned offset; pg's buffers usually have one.
  const aligned = packed.byteOffset % 4 === 0 ? packed : Buffer.from(packed);
  const count = aligned.length / 8;
  return {
    termNumbers: new Uint32Array(aligned.buffer, aligned.byteOffset, count),
    frequencies: new Float32Array(aligned.buffer, aligned.byteOffset + 4 * count, count),
    length,
  };
}

/** A page of published listings, with the analyses kept of them under the fingerprint asked for and of their texts as they stand. */
export interface ListingPage {
  listings: Listing[];
  kept: Map<string, NumberedAnalysis>;
}

/** Listings read per query: small enough to be garbage by the time the next page arrives. */
const PAGE_SIZE = 5_000;

/** A range of listing ids: from `from` (included) up to `to` (excluded); an end left out is open. */
interface IdRange {
  from?: string;
  to?: string;
}

/** Ranges read at once: the database reads the next while this process indexes one. */
const RANGES_AHEAD = 3;

/**
 * The id space cut into ranges of about a page of listings each (ids are random uuids, so evenly filled), from the
 * planner's estimate of the table's rows; a range that holds more is read on page by page.
 */
function idRanges(estimatedRows: number, pageSize: number): IdRange[] {
  // Four fifths of a page each, so that most ranges are read in one.
  const count = Math.min(256, Math.max(1, Math.ceil(estimatedRows / (0.8 * pageSize))));
  const bound = (i: number) => `${Math.floor((i * 0x1_0000_0000) / count).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;
  return Array.from({ length: count }, (_, i) => ({ ...(i > 0 ? { from: bound(i) } : {}), ...(i < count - 1 ? { to: bound(i + 1) } : {}) }));
}

async function estimatedListings(db: Db): Promise<number> {
  const [row] = (await db.execute<{ rows: number }>(sql`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = to_regclass(${getTableConfig(listings).name})`)).rows;
  // -1 before the table was first analysed.
  return Math.max(0, row?.rows ?? 0);
}

async function readPage(db: Db, fingerprint: string, range: IdRange, after: string | undefined, pageSize: number): Promise<ListingPage> {
  const query = listingsForMatchQuery(db, {
    keptCurrent: sql<boolean>`${listingMatchAnalyses.textKey} = ${currentTextKey}`,
    keptTerms: listingMatchAnalyses.terms,
    keptLength: listingMatchAnalyses.length,
  })
    .leftJoin(
      listingMatchAnalyses,
      and(
        eq(listingMatchAnalyses.listingId, listings.id),
        eq(listingMatchAnalyses.fingerprint, fingerprint),
        // The same bounds on both sides: a merge join then starts both scans at the page, not at the first row.
        ...idBounds(listingMatchAnalyses.listingId, range, after),
      ),
    )
    .where(and(eq(listings.state, 'published'), ...idBounds(listings.id, range, after)))
    .orderBy(listings.id)
    .limit(pageSize)
    .toSQL();
  // Rows as arrays, mapped once: see arrayRowToMatchListing.
  const { rows } = await db.$client.query<unknown[]>({ text: query.sql, values: query.params, rowMode: 'array' });
  const pageListings: Listing[] = new Array(rows.length);
  const kept = new Map<string, NumberedAnalysis>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const listing = arrayRowToMatchListing(row);
    pageListings[i] = listing;
    const current = row[LISTING_MATCH_COLUMNS] as boolean | null;
    const terms = row[LISTING_MATCH_COLUMNS + 1] as Buffer | null;
    const length = row[LISTING_MATCH_COLUMNS + 2] as number | null;
    if (current !== true || terms === null || length === null) continue;
    kept.set(listing.id, unpackTerms(terms, length));
  }
  return { listings: pageListings, kept };
}

/**
 * Every term ever kept, by its number (`vocabulary[n]` is the term numbered n): read before the pages, so a page may
 * name a number written since, which the engine then treats as not kept.
 */
export async function readTermVocabulary(db: Db): Promise<Array<string | undefined>> {
  const query = db.select({ id: matchTerms.id, term: matchTerms.term }).from(matchTerms).toSQL();
  const { rows } = await db.$client.query<[number, string]>({ text: query.sql, values: query.params, rowMode: 'array' });
  const vocabulary: Array<string | undefined> = [];
  for (const [id, term] of rows) vocabulary[id] = term;
  return vocabulary;
}

function idBounds(column: PgColumn, range: IdRange, after: string | undefined): SQL[] {
  return [
    after !== undefined ? gt(column, after) : range.from !== undefined ? gte(column, range.from) : undefined,
    range.to !== undefined ? lt(column, range.to) : undefined,
  ].filter((bound) => bound !== undefined);
}

/**
 * Every published listing, page by page in id order, each page with the analyses kept of its listings. The id
 * space is read in ranges, the next few read ahead while the caller indexes a page: reading a page (the database's
 * work, then parsing its rows here) takes longer than indexing it. Pages are separate statements: a listing
 * changed meanwhile is announced, and the index re-reads it after.
 */
export async function* publishedListingPages(db: Db, fingerprint: string, pageSize = PAGE_SIZE): AsyncGenerator<ListingPage> {
  const ranges = idRanges(await estimatedListings(db), pageSize);
  const firstPages: Array<Promise<ListingPage> | undefined> = [];
  const read = (range: IdRange, after?: string) => {
    const page = readPage(db, fingerprint, range, after, pageSize);
    // Should the caller stop early, a failure of a page read ahead is nobody's business.
    page.catch(() => undefined);
    return page;
  };
  for (const [i, range] of ranges.entries()) {
    for (let ahead = i; ahead < Math.min(ranges.length, i + RANGES_AHEAD); ahead++) firstPages[ahead] ??= read(ranges[ahead]!);
    let page = await firstPages[i]!;
    firstPages[i] = undefined;
    for (;;) {
      const last = page.listings.at(-1);
      const next = page.listings.length === pageSize && last ? read(range, last.id) : undefined;
      yield page;
      if (!next) break;
      page = await next;
    }
  }
}

/** The numbers of these terms, numbering the new ones; in sorted order, so that two writers never wait on each other in turn. */
async function numberTerms(db: DbOrTx, terms: ReadonlySet<string>): Promise<Map<string, number>> {
  // One array parameter (a JS array in drizzle's sql would become a list of parameters).
  const sorted = sql.param([...terms].sort());
  await db.execute(sql`INSERT INTO ${matchTerms} (term) SELECT unnest(${sorted}::text[]) ORDER BY 1 ON CONFLICT (term) DO NOTHING`);
  const rows = await db.select({ id: matchTerms.id, term: matchTerms.term }).from(matchTerms).where(sql`${matchTerms.term} = ANY(${sorted}::text[])`);
  return new Map(rows.map(({ id, term }) => [term, id]));
}

/**
 * Keeps analyses, replacing what was kept of those listings unless it is the same already (every instance keeps
 * what it analysed after a change; the first write does the work, the others find nothing to change). A listing
 * deleted meanwhile is skipped.
 */
export async function keepAnalyses(db: DbOrTx, fingerprint: string, analyses: readonly KeptAnalysis[]): Promise<void> {
  for (let start = 0; start < analyses.length; start += WRITE_BATCH) {
    const slice = analyses.slice(start, start + WRITE_BATCH);
    const numbers = await numberTerms(db, new Set(slice.flatMap(({ analysis }) => analysis.terms)));
    const batch = slice.map(({ listingId, textKey, analysis }) => ({
      listing_id: listingId,
      text_key: textKey,
      terms: packTerms(
        analysis.terms.map((term) => numbers.get(term)!),
        analysis.frequencies,
      ).toString('hex'),
      length: analysis.length,
    }));
    await db.execute(sql`
      INSERT INTO ${listingMatchAnalyses} (listing_id, fingerprint, text_key, terms, length)
      SELECT kept.listing_id, ${fingerprint}, kept.text_key, decode(kept.terms, 'hex'), kept.length
      FROM json_to_recordset(${JSON.stringify(batch)}::json) AS kept(listing_id uuid, text_key text, terms text, length double precision)
      WHERE EXISTS (SELECT 1 FROM ${listings} WHERE ${listings.id} = kept.listing_id)
      ON CONFLICT (listing_id) DO UPDATE SET fingerprint = excluded.fingerprint, text_key = excluded.text_key, terms = excluded.terms, length = excluded.length
      WHERE (${listingMatchAnalyses.fingerprint}, ${listingMatchAnalyses.textKey}) IS DISTINCT FROM (excluded.fingerprint, excluded.text_key)`);
  }
}
