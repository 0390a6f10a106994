import { aliasedTable, and, asc, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import { timeInStates } from '../../platform/workflow/time-in-states.ts';
import { transitionsOf } from '../../platform/workflow/transitions-of.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demands, listings } from '../market/schema.ts';
import { sideOf, visibleDeals, type DealReader } from './deal-policy.ts';
import { dealSubject, dealWorkflow } from './deal-workflow.ts';
import { presentDemandOf } from './introduction-records.ts';
import { dealMessages, deals, type DealRow, type DealState } from './schema.ts';
import type { DealDetail, DealSummary } from './schemas.ts';

const sellers = aliasedTable(enterprises, 'seller');
const buyers = aliasedTable(enterprises, 'buyer');

/** The deal if the reader sees it (a party or a broker); 404 otherwise, exactly like a missing id. */
export async function findVisibleDeal(db: DbOrTx, reader: DealReader, id: string): Promise<DealRow> {
  const [row] = await db
    .select()
    .from(deals)
    .where(and(eq(deals.id, id), visibleDeals(reader)));
  if (!row) throw notFound();
  return row;
}

/** Deals the reader sees with their listing, demand and parties, most recently changed first; one query a page. */
export async function readDeals(
  db: DbOrTx,
  reader: DealReader,
  filter: { id?: string; state?: DealState; listingId?: string; page?: number; pageSize?: number },
): Promise<{ items: (DealSummary & { row: DealRow })[]; total: number }> {
  const where = and(
    visibleDeals(reader),
    filter.id ? eq(deals.id, filter.id) : undefined,
    filter.state ? eq(deals.state, filter.state) : undefined,
    filter.listingId ? eq(deals.listingId, filter.listingId) : undefined,
  );
  const pageSize = filter.pageSize ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: deals, listingTitle: listings.title, demandTitle: demands.title, sellerName: sellers.name, buyerName: buyers.name })
      .from(deals)
      .innerJoin(listings, eq(listings.id, deals.listingId))
      .innerJoin(sellers, eq(sellers.id, deals.sellerId))
      .innerJoin(buyers, eq(buyers.id, deals.buyerId))
      .leftJoin(demands, eq(demands.id, deals.demandId))
      .where(where)
      .orderBy(desc(deals.updatedAt), desc(deals.id))
      .limit(pageSize)
      .offset(((filter.page ?? 1) - 1) * pageSize),
    db.select({ n: count() }).from(deals).where(where),
  ]);
  return {
    total: total!.n,
    items: rows.map(({ row, ...joined }) => ({
      row,
      id: row.id,
      state: row.state,
      listing: { id: row.listingId, title: joined.listingTitle },
      demand: row.demandId ? { id: row.demandId, title: joined.demandTitle ?? '' } : null,
      seller: { id: row.sellerId, name: joined.sellerName },
      buyer: { id: row.buyerId, name: joined.buyerName },
      amountWan: row.amountWan,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
  };
}

/**
 * One deal with its contract facts, the demand it is about (through presentDemand, so its confidential details
 * only as released to the reader), the thread, the actions the reader may take and the stage history with its
 * durations.
 */
export async function readDealDetail(db: DbOrTx, actor: WorkflowActor, id: string, locale: Locale, now = new Date()): Promise<DealDetail> {
  const { items } = await readDeals(db, actor, { id });
  const found = items[0];
  if (!found) throw notFound();
  const { row, ...summary } = found;
  const [thread, transitions, demandRecord] = await Promise.all([
    db.select().from(dealMessages).where(eq(dealMessages.dealId, id)).orderBy(asc(dealMessages.createdAt), asc(dealMessages.id)),
    transitionsOf(db, dealSubject.kind, id),
    presentDemandOf(db, actor, locale, row.demandId),
  ]);
  return {
    ...summary,
    introductionId: row.introductionId,
    demandRecord,
    signedOn: row.signedOn,
    mode: row.mode,
    contractFileId: row.contractFileId,
    registrationNumber: row.registrationNumber,
    closeReason: row.closeReason,
    side: sideOf(actor, row) ?? 'operator',
    allowedActions: allowedActions(dealWorkflow, actor, row.state, row),
    messages: thread.map(({ id: messageId, authorName, side, body, createdAt }) => ({ id: messageId, authorName, side, body, createdAt })),
    history: {
      transitions: transitions.map(({ action, fromState, toState, actorId, actorName, at, evidence }) => ({ action, fromState, toState, actorId, actorName, at, evidence })),
      timeInStates: timeInStates(transitions, now),
    },
  };
}
