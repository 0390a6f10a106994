import { and, count, eq, inArray, ne, sql, sum } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.ts';
import { notFound } from '../../platform/http/errors.ts';
import { listingPolicy } from '../market/listing-policy.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { demands } from '../market/schema.ts';
import { strongDemandMatches } from '../market-matching/notify-listing-matches.ts';
import { listingViewCounts } from '../market-portal/listing-view-counts.ts';
import { deals, introductions } from './schema.ts';

/** Deal stages at and after 签约: a contract exists and its amount counts. */
const signedStates = ['signed', 'registered', 'completed'] as const;

/**
 * A listing's funnel, for its owner and the operators: how often it was viewed, how many open demands it matches
 * well (the threshold of the publication notices, other organisations' demands only), the introductions asked for
 * and accepted, the deals signed and their contract amount. Every other reader gets 404, as for a hidden listing.
 */
export async function getListingFunnel(ctx: AppContext, reader: MarketReader, listingId: string) {
  const listing = await listingPolicy.findVisible(ctx.db, reader, listingId);
  if (!listingPolicy.isReviewer(reader) && !listingPolicy.owns(reader, listing)) throw notFound();
  const matches = listing.state === 'published' ? await strongDemandMatches(ctx, listingId) : [];
  const [views, matched, [asked], [signed]] = await Promise.all([
    listingViewCounts(ctx.db, [listingId]),
    matches.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select({ id: demands.id })
          .from(demands)
          .where(and(inArray(demands.id, matches.map((match) => match.id)), eq(demands.state, 'published'), ne(demands.ownerId, listing.ownerId))),
    ctx.db
      .select({ requests: count(), accepted: sql<number>`count(*) FILTER (WHERE ${introductions.state} = 'accepted')`.mapWith(Number) })
      .from(introductions)
      .where(eq(introductions.listingId, listingId)),
    ctx.db
      .select({ deals: count(), amountWan: sum(deals.amountWan).mapWith(Number) })
      .from(deals)
      .where(and(eq(deals.listingId, listingId), inArray(deals.state, [...signedStates]))),
  ]);
  return {
    views: views.get(listingId) ?? 0,
    matchedDemands: matched.length,
    introductionRequests: asked?.requests ?? 0,
    accepted: asked?.accepted ?? 0,
    signedDeals: signed?.deals ?? 0,
    contractAmountWan: signed?.amountWan ?? 0,
  };
}
