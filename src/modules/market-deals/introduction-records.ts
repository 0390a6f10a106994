import { aliasedTable, and, count, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { presentDemand } from '../market/present-demand.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demands, listings } from '../market/schema.ts';
import { visibleIntroductions, type DealReader } from './deal-policy.ts';
import { deals, introductions, type IntroductionRow } from './schema.ts';
import type { IntroductionView } from './schemas.ts';

const listingOwners = aliasedTable(enterprises, 'listing_owner');
const parties = aliasedTable(enterprises, 'party');

/** The sides still to decide, as a condition: the listing's owner, or a proposed demand's owner. */
function awaiting(enterpriseId: string): SQL {
  return and(
    eq(introductions.state, 'requested'),
    or(
      and(eq(listings.ownerId, enterpriseId), isNull(introductions.listingAcceptedAt)),
      and(eq(demands.ownerId, enterpriseId), isNull(introductions.demandAcceptedAt)),
    ),
  )!;
}

/** Whether the reader's organisation has a decision to take on the introduction now. */
export function canDecide(reader: DealReader, row: Pick<IntroductionRow, 'state' | 'listingAcceptedAt' | 'demandAcceptedAt' | 'demandId'>, owners: { listing: string; demand: string | null }): boolean {
  if (row.state !== 'requested' || !reader.enterpriseId) return false;
  return (owners.listing === reader.enterpriseId && !row.listingAcceptedAt) || (row.demandId !== null && owners.demand === reader.enterpriseId && !row.demandAcceptedAt);
}

/**
 * Introductions the reader sees with their listing, demand, parties and deal, newest first: one query for a page.
 * `awaitingMe` keeps those waiting for the reader's organisation to decide (an owner's inbox).
 */
export async function readIntroductions(
  db: DbOrTx,
  reader: DealReader,
  filter: { id?: string; state?: IntroductionRow['state']; listingId?: string; awaitingMe?: boolean; page?: number; pageSize?: number },
): Promise<{ items: IntroductionView[]; total: number }> {
  const where = and(
    visibleIntroductions(reader),
    filter.id ? eq(introductions.id, filter.id) : undefined,
    filter.state ? eq(introductions.state, filter.state) : undefined,
    filter.listingId ? eq(introductions.listingId, filter.listingId) : undefined,
    filter.awaitingMe ? (reader.enterpriseId ? awaiting(reader.enterpriseId) : sql`false`) : undefined,
  );
  const pageSize = filter.pageSize ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        row: introductions,
        listingTitle: listings.title,
        listingOwnerId: listings.ownerId,
        listingOwnerName: listingOwners.name,
        demandTitle: demands.title,
        demandOwnerId: demands.ownerId,
        partyName: parties.name,
        dealId: deals.id,
        dealState: deals.state,
      })
      .from(introductions)
      .innerJoin(listings, eq(listings.id, introductions.listingId))
      .innerJoin(listingOwners, eq(listingOwners.id, listings.ownerId))
      .innerJoin(parties, eq(parties.id, introductions.partyId))
      .leftJoin(demands, eq(demands.id, introductions.demandId))
      .leftJoin(deals, eq(deals.introductionId, introductions.id))
      .where(where)
      .orderBy(desc(introductions.updatedAt), desc(introductions.id))
      .limit(pageSize)
      .offset(((filter.page ?? 1) - 1) * pageSize),
    db
      .select({ n: count() })
      .from(introductions)
      .innerJoin(listings, eq(listings.id, introductions.listingId))
      .leftJoin(demands, eq(demands.id, introductions.demandId))
      .where(where),
  ]);
  return {
    total: total!.n,
    items: rows.map(({ row, ...joined }) => ({
      id: row.id,
      state: row.state,
      origin: row.origin,
      listing: { id: row.listingId, title: joined.listingTitle, owner: { id: joined.listingOwnerId, name: joined.listingOwnerName } },
      demand: row.demandId ? { id: row.demandId, title: joined.demandTitle ?? '' } : null,
      party: { id: row.partyId, name: joined.partyName },
      message: row.message,
      listingAcceptedAt: row.listingAcceptedAt,
      demandAcceptedAt: row.demandAcceptedAt,
      declineReason: row.declineReason,
      declineText: row.declineText,
      decidedAt: row.decidedAt,
      createdAt: row.createdAt,
      canDecide: canDecide(reader, row, { listing: joined.listingOwnerId, demand: joined.demandOwnerId }),
      deal: joined.dealId && joined.dealState ? { id: joined.dealId, state: joined.dealState } : null,
    })),
  };
}

/** One introduction the reader sees; 404 otherwise, exactly like a missing id. */
export async function readIntroduction(db: DbOrTx, reader: DealReader, id: string): Promise<IntroductionView> {
  const { items } = await readIntroductions(db, reader, { id });
  if (!items[0]) throw notFound();
  return items[0];
}

/** A demand an introduction or deal the reader sees is about, presented through presentDemand (its confidential rule). */
export async function presentDemandOf(db: DbOrTx, actor: WorkflowActor, locale: Locale, demandId: string | null) {
  if (!demandId) return null;
  const [demand] = await db.select().from(demands).where(eq(demands.id, demandId));
  return demand ? presentDemand(db, actor, locale, demand) : null;
}

/** One introduction with the demand it is about, as the reader may read it. */
export async function readIntroductionDetail(db: DbOrTx, actor: WorkflowActor, id: string, locale: Locale) {
  const introduction = await readIntroduction(db, actor, id);
  return { ...introduction, demandRecord: await presentDemandOf(db, actor, locale, introduction.demand?.id ?? null) };
}
