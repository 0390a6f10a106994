import { and, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { listingDailyViews } from './schema.ts';

/** Beijing calendar days, both ends included (`YYYY-MM-DD`); either end may be open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * The views of each listing over the range (all time without one), for the listings' funnels: one query for any
 * number of listings; a listing never viewed counts 0.
 */
export async function listingViewCounts(db: DbOrTx, listingIds: readonly string[], range: DayRange = {}): Promise<Map<string, number>> {
  const counts = new Map(listingIds.map((id) => [id, 0]));
  if (listingIds.length === 0) return counts;
  const rows = await db
    .select({ listingId: listingDailyViews.listingId, views: sql<number>`sum(${listingDailyViews.views})::int` })
    .from(listingDailyViews)
    .where(
      and(
        inArray(listingDailyViews.listingId, [...new Set(listingIds)]),
        range.from ? gte(listingDailyViews.day, range.from) : undefined,
        range.to ? lte(listingDailyViews.day, range.to) : undefined,
      ),
    )
    .groupBy(listingDailyViews.listingId);
  for (const row of rows) counts.set(row.listingId, row.views);
  return counts;
}
