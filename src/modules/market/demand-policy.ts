import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { introductions } from '../market-deals/schema.ts';
import { marketPolicy, type MarketReader } from './market-policy.ts';
import { demands, listings, type DemandRow } from './schema.ts';

/** Who sees and edits which demands (需求表): the market's shared rules, with the demand permissions. */
export const demandPolicy = marketPolicy('demand', demands);

/**
 * Of the demands, those whose confidential details the reader may read: its owner's users and the reviewers, and
 * the owner of a listing whose introduction about the demand was accepted by both sides, the demand's owner
 * included (by asking with the demand, or by accepting the operator's proposal). The listing's owner accepting
 * alone releases nothing. Every response carrying a demand is made by presentDemands, which asks this; one query
 * for a page.
 */
export async function confidentialDetailsVisibleTo(
  db: DbOrTx,
  reader: MarketReader,
  rows: readonly Pick<DemandRow, 'id' | 'ownerId'>[],
): Promise<ReadonlySet<string>> {
  if (demandPolicy.isReviewer(reader)) return new Set(rows.map((row) => row.id));
  const readable = new Set(rows.filter((row) => demandPolicy.owns(reader, row)).map((row) => row.id));
  const others = rows.filter((row) => !readable.has(row.id)).map((row) => row.id);
  if (!reader.enterpriseId || others.length === 0) return readable;
  const released = await db
    .selectDistinct({ id: introductions.demandId })
    .from(introductions)
    .innerJoin(listings, eq(listings.id, introductions.listingId))
    .where(
      and(
        inArray(introductions.demandId, others),
        eq(introductions.state, 'accepted'),
        isNotNull(introductions.demandAcceptedAt),
        eq(listings.ownerId, reader.enterpriseId),
      ),
    );
  for (const row of released) if (row.id) readable.add(row.id);
  return readable;
}
