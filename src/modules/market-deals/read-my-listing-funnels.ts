import { count, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { listings } from '../market/schema.ts';
import { listingFunnels } from './listing-funnels.ts';
import type { ListingFunnelPage } from './schemas.ts';

/**
 * The listings of the reader's organisation, the latest changed first, each with its funnel: an owner's home card.
 * A reader acting for no organisation owns none. One query for the page, one for the total, then the funnels of
 * the page at once.
 */
export async function readMyListingFunnels(ctx: AppContext, reader: MarketReader, page: { page: number; pageSize: number }): Promise<ListingFunnelPage> {
  if (!reader.enterpriseId) return { items: [], total: 0, ...page };
  const mine = eq(listings.ownerId, reader.enterpriseId);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ id: listings.id, title: listings.title, state: listings.state, ownerId: listings.ownerId, updatedAt: listings.updatedAt })
      .from(listings)
      .where(mine)
      .orderBy(desc(listings.updatedAt), desc(listings.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    ctx.db.select({ n: count() }).from(listings).where(mine),
  ]);
  const funnels = await listingFunnels(ctx, rows);
  return {
    items: rows.map((row) => ({ listing: { id: row.id, title: row.title, state: row.state }, funnel: funnels.get(row.id)! })),
    total: total!.n,
    ...page,
  };
}
