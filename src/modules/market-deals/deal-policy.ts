import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { listings } from '../market/schema.ts';
import { deals, introductions, type DealRow } from './schema.ts';

/** What the policy reads of a caller: a signed-in user or a workflow actor. */
export interface DealReader {
  permissions: readonly Permission[];
  enterpriseId: string | null;
}

/** Operators (and admins) broker: they see and move every introduction and deal. */
export const isBroker = (reader: DealReader) => reader.permissions.includes('deal.broker');

/** Whether the listing belongs to the reader's organisation, as a condition on a row naming the listing. */
const ownsListing = (enterpriseId: string, listingId: typeof introductions.listingId) =>
  sql`EXISTS (SELECT 1 FROM ${listings} WHERE ${listings.id} = ${listingId} AND ${listings.ownerId} = ${enterpriseId})`;

/**
 * The introductions a reader sees: brokers every one; an organisation's users those it asked for or was proposed
 * for, and those to its listings. Any other answers 404, exactly like a missing id.
 */
export function visibleIntroductions(reader: DealReader): SQL | undefined {
  if (isBroker(reader)) return undefined;
  if (!reader.enterpriseId) return sql`false`;
  return or(eq(introductions.partyId, reader.enterpriseId), ownsListing(reader.enterpriseId, introductions.listingId));
}

/** The deals a reader sees: brokers every one, an organisation's users those it is seller or buyer in. */
export function visibleDeals(reader: DealReader): SQL | undefined {
  if (isBroker(reader)) return undefined;
  if (!reader.enterpriseId) return sql`false`;
  return or(eq(deals.sellerId, reader.enterpriseId), eq(deals.buyerId, reader.enterpriseId));
}

export type DealSide = 'seller' | 'buyer' | 'operator';

/** The side the reader speaks for on a deal; a party's side before the broker's, for an admin of a party. */
export function sideOf(reader: DealReader, deal: Pick<DealRow, 'sellerId' | 'buyerId'>): DealSide | null {
  if (reader.enterpriseId && reader.enterpriseId === deal.sellerId) return 'seller';
  if (reader.enterpriseId && reader.enterpriseId === deal.buyerId) return 'buyer';
  return isBroker(reader) ? 'operator' : null;
}
