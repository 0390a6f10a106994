import type { AppContext } from '../../platform/http/context.ts';
import { notFound } from '../../platform/http/errors.ts';
import { listingPolicy } from '../market/listing-policy.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { listingFunnels } from './listing-funnels.ts';
import type { ListingFunnel } from './schemas.ts';

/**
 * A listing's funnel, for its owner and the operators: how often it was viewed, how many open demands it matches
 * well (the threshold of the publication notices, other organisations' demands only), the introductions asked for
 * and accepted, the deals signed and their contract amount. Every other reader gets 404, as for a hidden listing.
 */
export async function getListingFunnel(ctx: AppContext, reader: MarketReader, listingId: string): Promise<ListingFunnel> {
  const listing = await listingPolicy.findVisible(ctx.db, reader, listingId);
  if (!listingPolicy.isReviewer(reader) && !listingPolicy.owns(reader, listing)) throw notFound();
  return (await listingFunnels(ctx, [listing])).get(listingId)!;
}
