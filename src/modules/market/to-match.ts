import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { MATURITY_LEVELS, type Demand, type Listing } from '../matching/types.ts';
import { regions } from '../reference/schema.ts';
import { demands, listings, marketFields, type DemandRow, type ListingRow } from './schema.ts';

/** What the engine reads of the owner and the field, joined to the record in the one query that loads them. */
interface MatchContext {
  fieldName: string | null;
  ownerName: string | null;
  ownerRegion: string | null;
}

export type ListingForMatch = Pick<ListingRow, 'id' | 'title' | 'summary' | 'keywords' | 'maturity' | 'modes' | 'priceWan'> & MatchContext;
export type DemandForMatch = Pick<
  DemandRow,
  'id' | 'kind' | 'title' | 'summary' | 'targets' | 'budgetWan' | 'maturityNeeded' | 'stages' | 'ticketMaxWan' | 'modes'
> &
  Omit<MatchContext, 'ownerName'>;

/** A published listing as the matching engine's Listing; the field by its Simplified name, the engine's vocabulary. */
export function toMatchListing(row: ListingForMatch): Listing {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    field: row.fieldName,
    keywords: row.keywords,
    maturity: row.maturity,
    modes: row.modes,
    priceWan: row.priceWan,
    owner: row.ownerName,
    region: row.ownerRegion,
  };
}

/**
 * A published demand as the engine's Demand, from its public words only: the confidential details never reach the
 * index, whose results others read. A capital demand's maturity is the earliest stage it invests in and its budget
 * the largest ticket, as the engine reads them.
 */
export function toMatchDemand(row: DemandForMatch): Demand {
  const technology = row.kind === 'technology';
  const earliestStage = MATURITY_LEVELS.find((level) => row.stages.includes(level)) ?? null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: [row.summary, row.targets].filter(Boolean).join('\n'),
    field: row.fieldName,
    budgetWan: technology ? row.budgetWan : row.ticketMaxWan,
    maturityNeeded: technology ? row.maturityNeeded : earliestStage,
    region: row.ownerRegion,
    ...(row.modes.length ? { modes: row.modes } : {}),
  };
}

/** The columns of a listing, its field and its owner that the engine reads (see ListingForMatch). */
const listingMatchColumns = {
  id: listings.id,
  title: listings.title,
  summary: listings.summary,
  keywords: listings.keywords,
  maturity: listings.maturity,
  modes: listings.modes,
  priceWan: listings.priceWan,
  fieldName: marketFields.name,
  ownerName: enterprises.name,
  ownerRegion: regions.name,
};

/** How many columns of a row of listingsForMatchQuery are the listing's: the caller's own come after them. */
export const LISTING_MATCH_COLUMNS = Object.keys(listingMatchColumns).length;

/**
 * A row of listingsForMatchQuery read as an array (pg's rowMode 'array', columns in the order of
 * listingMatchColumns) as the engine's Listing: the index reads a hundred thousand at a start, and mapping each
 * row to an object first costs a second.
 */
export function arrayRowToMatchListing(row: readonly unknown[]): Listing {
  return {
    id: row[0] as string,
    title: row[1] as string,
    summary: row[2] as string,
    field: row[7] as string | null,
    keywords: row[3] as string[],
    maturity: row[4] as Listing['maturity'],
    modes: row[5] as Listing['modes'],
    // numeric arrives as text.
    priceWan: row[6] === null ? null : Number(row[6]),
    owner: row[8] as string | null,
    region: row[9] as string | null,
  };
}

/**
 * The query of listings as the engine reads them (rows for `toMatchListing`), with the caller's own columns beside
 * them, for the caller to join, filter, order and page (the matching index reads its kept analyses so).
 */
export function listingsForMatchQuery<Extra extends SelectedFields>(db: DbOrTx, extra: Extra) {
  return db
    .select({ ...listingMatchColumns, ...extra })
    .from(listings)
    .innerJoin(enterprises, eq(enterprises.id, listings.ownerId))
    .leftJoin(marketFields, eq(marketFields.id, listings.fieldId))
    .leftJoin(regions, eq(regions.code, enterprises.regionCode))
    .$dynamic();
}

/** The listings for the matching index that meet the condition: one query. */
async function listingsForMatch(db: DbOrTx, condition: SQL | undefined): Promise<Listing[]> {
  const rows = await listingsForMatchQuery(db, {} as const).where(condition);
  return rows.map(toMatchListing);
}

/**
 * Every published listing, for the matching index: one query; given ids, those of them that are published (what
 * the index re-reads after a change).
 */
export function publishedListingsForMatch(db: DbOrTx, ids?: readonly string[]): Promise<Listing[]> {
  return listingsForMatch(db, and(eq(listings.state, 'published'), ids ? inArray(listings.id, [...ids]) : undefined));
}

/** One listing in whatever state, as the engine reads it: the query of a match for its owner or a reviewer. */
export async function listingForMatch(db: DbOrTx, id: string): Promise<Listing | undefined> {
  return (await listingsForMatch(db, eq(listings.id, id)))[0];
}

/** The demands for the matching index that meet the condition: one query; its first field is the one the engine weighs. */
async function demandsForMatch(db: DbOrTx, condition: SQL | undefined): Promise<Demand[]> {
  const rows = await db
    .select({
      id: demands.id,
      kind: demands.kind,
      title: demands.title,
      summary: demands.summary,
      targets: demands.targets,
      budgetWan: demands.budgetWan,
      maturityNeeded: demands.maturityNeeded,
      stages: demands.stages,
      ticketMaxWan: demands.ticketMaxWan,
      modes: demands.modes,
      fieldName: sql<string | null>`(SELECT ${marketFields.name} FROM ${marketFields} WHERE ${marketFields.id} = ${demands.fieldIds}[1])`,
      ownerRegion: regions.name,
    })
    .from(demands)
    .innerJoin(enterprises, eq(enterprises.id, demands.ownerId))
    .leftJoin(regions, eq(regions.code, enterprises.regionCode))
    .where(condition);
  return rows.map(toMatchDemand);
}

/** Every published demand, for the matching index; given ids, those of them that are published. */
export function publishedDemandsForMatch(db: DbOrTx, ids?: readonly string[]): Promise<Demand[]> {
  return demandsForMatch(db, and(eq(demands.state, 'published'), ids ? inArray(demands.id, [...ids]) : undefined));
}

/** One demand in whatever state, as the engine reads it (its public words only). */
export async function demandForMatch(db: DbOrTx, id: string): Promise<Demand | undefined> {
  return (await demandsForMatch(db, eq(demands.id, id)))[0];
}
