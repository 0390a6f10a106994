import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { findSite } from './site-policy.ts';
import { leaseOrder, selectLeases } from './site-records.ts';
import { siteBuildings, siteFloors, siteLeases, siteUnits, type LeaseState } from './schema.ts';

/** A page of a site's leases (the pipeline), in one state or all, the latest change first. */
export async function listLeases(db: DbOrTx, siteId: string, query: { state?: LeaseState; page: number; pageSize: number }) {
  await findSite(db, siteId);
  const unitsOfSite = db
    .select({ id: siteUnits.id })
    .from(siteUnits)
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
    .where(eq(siteBuildings.siteId, siteId));
  const where = and(inArray(siteLeases.unitId, unitsOfSite), query.state ? eq(siteLeases.state, query.state) : undefined);
  const [items, [total]] = await Promise.all([
    selectLeases(db)
      .where(where)
      .orderBy(...leaseOrder)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(siteLeases).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}

/** A tenant's own leases, with the units they are in: what an enterprise user sees of sites, and nothing else. */
export async function listTenancies(db: DbOrTx, enterpriseId: string | null) {
  if (!enterpriseId) return [];
  return selectLeases(db)
    .where(eq(siteLeases.enterpriseId, enterpriseId))
    .orderBy(...leaseOrder);
}
