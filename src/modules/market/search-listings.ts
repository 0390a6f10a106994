import { and, count, eq, gte, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { MATURITY_LEVELS, type Maturity } from '../matching/types.ts';
import { listingPolicy } from './listing-policy.ts';
import { marketConditions, marketOrder, type MarketFilters, type MarketOrder } from './market-filters.ts';
import type { MarketReader } from './market-policy.ts';
import { listings, type ListingRow } from './schema.ts';

/**
 * A page of the listings the reader may see, in the order asked for (by default the newest change first). A
 * demander filters by the least maturity they accept: a stage, and the stages after it, and a readiness level or
 * higher; a listing that states neither is not known to meet them and is left out.
 */
export async function searchListings(
  db: DbOrTx,
  reader: MarketReader,
  query: MarketFilters & Partial<MarketOrder> & { fieldId?: string; minMaturity?: Maturity; minTrl?: number; page: number; pageSize: number },
): Promise<{ rows: ListingRow[]; total: number }> {
  const conditions = marketConditions(listings, listingPolicy, reader, query);
  if (query.fieldId) conditions.push(eq(listings.fieldId, query.fieldId));
  if (query.minMaturity) conditions.push(inArray(listings.maturity, MATURITY_LEVELS.slice(MATURITY_LEVELS.indexOf(query.minMaturity))));
  if (query.minTrl) conditions.push(gte(listings.trl, query.minTrl));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(listings)
      .where(where)
      .orderBy(...marketOrder(listings, query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(listings).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
