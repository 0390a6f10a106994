import { and, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { listingPolicy } from './listing-policy.ts';
import { marketConditions, type MarketFilters } from './market-filters.ts';
import type { MarketReader } from './market-policy.ts';
import { listings, type ListingRow } from './schema.ts';

/** A page of the listings the reader may see, newest change first. */
export async function searchListings(
  db: DbOrTx,
  reader: MarketReader,
  query: MarketFilters & { fieldId?: string; page: number; pageSize: number },
): Promise<{ rows: ListingRow[]; total: number }> {
  const conditions = marketConditions(listings, listingPolicy, reader, query);
  if (query.fieldId) conditions.push(eq(listings.fieldId, query.fieldId));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(listings)
      .where(where)
      .orderBy(desc(listings.updatedAt), desc(listings.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(listings).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
