import { and, eq, inArray, ne } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { AppContext } from '../../platform/http/context.ts';
import type { JobDefinition } from '../../platform/jobs/jobs.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { demands, listings } from '../market/schema.ts';
import { listingPublishedJob } from '../market/take-market-action.ts';
import { publishedListingsForMatch } from '../market/to-match.ts';
import { liveIndexOf } from './live-match-index.ts';

/**
 * The score above which a newly published listing is worth a demand owner's attention. Scores are relevance ×
 * fit, not a probability; on the engine's judged development set (fixtures/match-dev) three quarters of the
 * listing–demand pairs judged relevant score above 20, and only one in twenty of the others among each listing's
 * ten best demands does: an owner is told of what they would likely call a match, and seldom of noise.
 */
export const MATCH_NOTICE_MIN_SCORE = 20;
/** Demands weighed per published listing: more than any owner would read about one listing. */
const MATCH_NOTICE_DEMANDS = 50;

interface ListingPublished {
  listingId: string;
}

/** Users of these organisations, by organisation. */
async function usersOf(ctx: AppContext, enterpriseIds: readonly string[]): Promise<Map<string, string[]>> {
  const byOwner = new Map<string, string[]>();
  if (enterpriseIds.length === 0) return byOwner;
  const rows = await ctx.db
    .select({ id: users.id, enterpriseId: users.enterpriseId })
    .from(users)
    .where(and(inArray(users.enterpriseId, [...enterpriseIds]), eq(users.disabled, false)));
  for (const row of rows) byOwner.set(row.enterpriseId!, [...(byOwner.get(row.enterpriseId!) ?? []), row.id]);
  return byOwner;
}

/**
 * The demands each of these listings matches above the threshold, best first, with the other side's records as
 * the index holds them (published ones only); listings not published are not in the answer. One query for them all.
 */
export async function strongDemandMatchesOf(ctx: AppContext, listingIds: readonly string[]) {
  const index = liveIndexOf(ctx);
  // Workers start before the app: a job taken meanwhile fails and is retried; one taken while the index is being
  // built waits for it.
  if (!index) throw new Error('the matching index is not running in this instance');
  await index.built;
  const published = listingIds.length === 0 ? [] : await publishedListingsForMatch(ctx.db, listingIds);
  return new Map(
    published.map((listing) => [listing.id, index.engine.demandsForListing(listing, { top: MATCH_NOTICE_DEMANDS }).filter((match) => match.score >= MATCH_NOTICE_MIN_SCORE)]),
  );
}

/** The demands a published listing matches above the threshold, best first; none for a listing not published. */
export async function strongDemandMatches(ctx: AppContext, listingId: string) {
  return (await strongDemandMatchesOf(ctx, [listingId])).get(listingId) ?? [];
}

/**
 * Tells, of a listing just published, the owners of the open demands it matches above the threshold (each owner
 * once, of its best-matched demand) and the listing's owner how many open demands it matches. Its own owner's
 * demands are not counted. A listing taken down before the job runs tells nobody.
 */
export async function notifyListingMatches(ctx: AppContext, { listingId }: ListingPublished): Promise<void> {
  const matched = await strongDemandMatches(ctx, listingId);
  const [row] = await ctx.db.select({ ownerId: listings.ownerId, title: listings.title }).from(listings).where(eq(listings.id, listingId));
  if (!row || matched.length === 0) return;
  const open = await ctx.db
    .select({ id: demands.id, ownerId: demands.ownerId, title: demands.title })
    .from(demands)
    .where(and(inArray(demands.id, matched.map((match) => match.id)), eq(demands.state, 'published'), ne(demands.ownerId, row.ownerId)));
  const byId = new Map(open.map((demand) => [demand.id, demand]));
  // Best first, so each owner hears of its best-matched demand.
  const bestPerOwner = new Map<string, { id: string; title: string }>();
  for (const match of matched) {
    const demand = byId.get(match.id);
    if (demand && !bestPerOwner.has(demand.ownerId)) bestPerOwner.set(demand.ownerId, demand);
  }
  if (bestPerOwner.size === 0) return;
  const recipients = await usersOf(ctx, [...bestPerOwner.keys(), row.ownerId]);
  await ctx.db.transaction(async (tx) => {
    for (const [ownerId, demand] of bestPerOwner) {
      const userIds = recipients.get(ownerId) ?? [];
      if (userIds.length === 0) continue;
      await notify(tx, ctx, {
        userIds,
        kind: 'listing.matchesDemand',
        message: 'marketMatching.listingForYourDemand',
        params: { listing: row.title, demand: demand.title },
        link: `/market/listings/${listingId}`,
        record: { kind: 'listing', id: listingId },
      });
    }
    const ownerUsers = recipients.get(row.ownerId) ?? [];
    if (ownerUsers.length) {
      await notify(tx, ctx, {
        userIds: ownerUsers,
        kind: 'listing.demandsMatched',
        message: 'marketMatching.demandsForYourListing',
        params: { title: row.title, count: byId.size },
        link: `/market/listings/${listingId}`,
        record: { kind: 'listing', id: listingId },
      });
    }
  });
}

export function listingPublishedJobDefinition(ctx: AppContext): JobDefinition<ListingPublished> {
  return { name: listingPublishedJob, handle: (data) => notifyListingMatches(ctx, data) };
}
