import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { demands, listings } from '../market/schema.ts';

/** Owners (enterprise ids) whose names or regions changed, market fields (ids) and regions (codes) renamed. */
export interface Renamed {
  owners: readonly string[];
  fields: readonly string[];
  regions?: readonly string[];
}

/**
 * The published listings and demands that name a renamed owner, field or region (through their owner's), by id: what the matching index must
 * re-read after the rename. A demand names its first field only, the one the engine weighs.
 */
export async function publishedRecordsNaming(db: Db, { owners, fields, regions = [] }: Renamed): Promise<{ listingIds: string[]; demandIds: string[] }> {
  const ownersIn = (ownerId: typeof listings.ownerId | typeof demands.ownerId): SQL | undefined =>
    regions.length ? sql`${ownerId} IN (SELECT e.id FROM enterprises e WHERE e.region_code = ANY(${sql.param([...regions])}::text[]))` : undefined;
  const listingCondition = or(
    owners.length ? inArray(listings.ownerId, [...owners]) : undefined,
    ownersIn(listings.ownerId),
    fields.length ? inArray(listings.fieldId, [...fields]) : undefined,
  );
  const demandCondition = or(
    owners.length ? inArray(demands.ownerId, [...owners]) : undefined,
    ownersIn(demands.ownerId),
    fields.length ? sql`${demands.fieldIds}[1] = ANY(${sql.param([...fields])}::uuid[])` : undefined,
  );
  const [listingRows, demandRows] = await Promise.all([
    db.select({ id: listings.id }).from(listings).where(and(eq(listings.state, 'published'), listingCondition)),
    db.select({ id: demands.id }).from(demands).where(and(eq(demands.state, 'published'), demandCondition)),
  ]);
  return { listingIds: listingRows.map((row) => row.id), demandIds: demandRows.map((row) => row.id) };
}
