import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { siteBuildings, siteFloors, sites, siteUnits } from '../sites/schema.ts';
import type { Place } from './schemas.ts';

/**
 * The location picker's register for whoever submits: every site with its buildings and units, names and codes
 * only. The sites module's own tree tells leases and tenants, which are no business of another enterprise.
 */
export async function listPlaces(db: DbOrTx): Promise<Place[]> {
  const siteRows = await db.select({ id: sites.id, name: sites.name }).from(sites).orderBy(asc(sites.name));
  const buildingRows = await db
    .select({ id: siteBuildings.id, siteId: siteBuildings.siteId, name: siteBuildings.name })
    .from(siteBuildings)
    .orderBy(asc(siteBuildings.name));
  const unitRows = await db
    .select({ id: siteUnits.id, code: siteUnits.code, floorLabel: siteFloors.label, buildingId: siteFloors.buildingId })
    .from(siteUnits)
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .orderBy(asc(siteFloors.level), asc(siteUnits.code));
  return siteRows.map((site) => ({
    ...site,
    buildings: buildingRows
      .filter((building) => building.siteId === site.id)
      .map((building) => ({
        id: building.id,
        name: building.name,
        units: unitRows.filter((unit) => unit.buildingId === building.id).map(({ id, code, floorLabel }) => ({ id, code, floorLabel })),
      })),
  }));
}
