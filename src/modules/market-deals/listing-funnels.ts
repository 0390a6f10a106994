import { and, count, inArray, sql, sum } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.ts';
import { demands, type ListingRow } from '../market/schema.ts';
import { strongDemandMatchesOf } from '../market-matching/notify-listing-matches.ts';
import { listingViewCounts } from '../market-portal/listing-view-counts.ts';
import { deals, introductions } from './schema.ts';
import type { ListingFunnel } from './schemas.ts';

/** Deal stages at and after 签约: a contract exists and its amount counts. */
const signedStates = ['signed', 'registered', 'completed'] as const;

/**
 * The funnels of these listings (views, strong matches with other organisations' open demands, introductions asked
 * for and accepted, deals signed and their amount), a fixed handful of queries however many listings: a page of an
 * owner's listings costs what one listing does. The caller has checked the reader may see them.
 */
export async function listingFunnels(ctx: AppContext, rows: readonly Pick<ListingRow, 'id' | 'ownerId' | 'state'>[]): Promise<Map<string, ListingFunnel>> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return new Map();
  const matches = await strongDemandMatchesOf(
    ctx,
    rows.filter((row) => row.state === 'published').map((row) => row.id),
  );
  const matchedIds = [...new Set([...matches.values()].flatMap((found) => found.map((match) => match.id)))];
  const [views, openDemands, asked, signed] = await Promise.all([
    listingViewCounts(ctx.db, ids),
    matchedIds.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select({ id: demands.id, ownerId: demands.ownerId })
          .from(demands)
          .where(and(inArray(demands.id, matchedIds), sql`${demands.state} = 'published'`)),
    ctx.db
      .select({
        listingId: introductions.listingId,
        requests: count(),
        accepted: sql<number>`count(*) FILTER (WHERE ${introductions.state} = 'accepted')`.mapWith(Number),
      })
      .from(introductions)
      .where(inArray(introductions.listingId, ids))
      .groupBy(introductions.listingId),
    ctx.db
      .select({ listingId: deals.listingId, deals: count(), amountWan: sum(deals.amountWan).mapWith(Number) })
      .from(deals)
      .where(and(inArray(deals.listingId, ids), inArray(deals.state, [...signedStates])))
      .groupBy(deals.listingId),
  ]);
  const demandOwner = new Map(openDemands.map((demand) => [demand.id, demand.ownerId]));
  const askedOf = new Map(asked.map((row) => [row.listingId, row]));
  const signedOf = new Map(signed.map((row) => [row.listingId, row]));
  return new Map(
    rows.map((row) => {
      // Still published, and another organisation's: a listing's owner is not its own market.
      const matched = (matches.get(row.id) ?? []).filter((match) => {
        const owner = demandOwner.get(match.id);
        return owner !== undefined && owner !== row.ownerId;
      });
      return [
        row.id,
        {
          views: views.get(row.id) ?? 0,
          matchedDemands: matched.length,
          introductionRequests: askedOf.get(row.id)?.requests ?? 0,
          accepted: askedOf.get(row.id)?.accepted ?? 0,
          signedDeals: signedOf.get(row.id)?.deals ?? 0,
          contractAmountWan: signedOf.get(row.id)?.amountWan ?? 0,
        },
      ];
    }),
  );
}
