import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { demands, listings } from '../market/schema.ts';

/** Owners (enterprise ids) and market fields (field ids) whose names or regions changed. */
export interface Renamed {
  owners: readonly string[];
  fields: readonly string[];
}

/**
 * The published listings and demands that name a renamed owner or field, by id: what the matching index must
 * re-read after the rename. A demand names its first field only, the one the engine weighs.
 */
export async function publishedRecordsNaming(db: Db, { owners, fields }: Renamed): Promise<{ listingIds: string[]; demandIds: string[] }> {
  const listingCondition = or(
    owners.length ? inArray(listings.ownerId, [...owners]) : undefined,
    fields.length ? inArray(listings.fieldId, [...fields]) : undefined,
  );
  const demandCondition = or(
    owners.length ? inArray(demands.ownerId, [...owners]) : undefined,
    fields.length ? sql`${demands.fieldIds}[1] = ANY(${sql.param([...fields])}::uuid[])` : undefined,
  );
  const [listingRows, demandRows] = await Promise.all([
    db.select({ id: listings.id }).from(listings).where(and(eq(listings.state, 'published'), listingCondition)),
    db.select({ id: demands.id }).from(demands).where(and(eq(demands.state, 'published'), demandCondition)),
  ]);
  return { listingIds: listingRows.map((row) => row.id), demandIds: demandRows.map((row) => row.id) };
}
