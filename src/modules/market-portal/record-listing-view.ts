import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { listingPolicy } from '../market/listing-policy.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { listingDailyViews } from './schema.ts';

/** The day a view belongs to: the district's calendar day, whatever the server's time zone. */
export const beijingToday = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** Adds one view to the listing's count for today. */
export async function recordListingView(db: DbOrTx, listingId: string): Promise<void> {
  await db
    .insert(listingDailyViews)
    .values({ listingId, day: beijingToday, views: 1 })
    .onConflictDoUpdate({ target: [listingDailyViews.listingId, listingDailyViews.day], set: { views: sql`${listingDailyViews.views} + 1` } });
}

/**
 * Counts a view of a listing's page without holding up the answer: the count is written after the page, and a
 * failure to write it is logged, never shown to the reader. The owner's own users and the reviewers open their
 * listings to work on them, which says nothing of interest, so only other readers (and the public) count.
 */
export function countListingView(db: DbOrTx, log: FastifyBaseLogger, reader: MarketReader | null, listing: { id: string; ownerId: string }): void {
  if (reader && (listingPolicy.owns(reader, listing) || listingPolicy.isReviewer(reader))) return;
  recordListingView(db, listing.id).catch((error: unknown) => log.warn({ err: error, listingId: listing.id }, 'listing view not counted'));
}
