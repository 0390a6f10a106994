import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { findSite } from './site-policy.ts';
import { activeLeaseStates, siteBuildings, siteFloors, siteLeases, siteUnits } from './schema.ts';
import type { SiteTree } from './schemas.ts';

/**
 * A site's buildings, their floors and the floors' units, each unit with its active lease's state and tenant: the
 * location picker (site → building → floor → unit) and the site page's grid, in one answer.
 */
export async function readSiteTree(db: DbOrTx, siteId: string): Promise<SiteTree> {
  const site = await findSite(db, siteId);
  const rows = await db
    .select({
      buildingId: siteBuildings.id,
      buildingName: siteBuildings.name,
      floorId: siteFloors.id,
      level: siteFloors.level,
      label: siteFloors.label,
      unitId: siteUnits.id,
      code: siteUnits.code,
      area: siteUnits.area,
      use: siteUnits.use,
      leaseId: siteLeases.id,
      state: siteLeases.state,
      tenantId: enterprises.id,
      tenantName: enterprises.name,
    })
    .from(siteBuildings)
    .leftJoin(siteFloors, eq(siteFloors.buildingId, siteBuildings.id))
    .leftJoin(siteUnits, eq(siteUnits.floorId, siteFloors.id))
    .leftJoin(siteLeases, and(eq(siteLeases.unitId, siteUnits.id), inArray(siteLeases.state, [...activeLeaseStates])))
    .leftJoin(enterprises, eq(enterprises.id, siteLeases.enterpriseId))
    .where(eq(siteBuildings.siteId, siteId))
    .orderBy(asc(siteBuildings.name), asc(siteFloors.level), asc(siteUnits.code));
  const buildings: SiteTree['buildings'] = [];
  for (const row of rows) {
    let building = buildings.at(-1);
    if (building?.id !== row.buildingId) {
      building = { id: row.buildingId, name: row.buildingName, floors: [] };
      buildings.push(building);
    }
    if (!row.floorId) continue;
    let floor = building.floors.at(-1);
    if (floor?.id !== row.floorId) {
      floor = { id: row.floorId, level: row.level!, label: row.label!, units: [] };
      building.floors.push(floor);
    }
    if (!row.unitId) continue;
    floor.units.push({
      id: row.unitId,
      code: row.code!,
      area: row.area!,
      use: row.use!,
      state: (row.state as Exclude<typeof row.state, 'cancelled' | 'ended'>) ?? 'vacant',
      leaseId: row.leaseId,
      tenantId: row.tenantId,
      tenantName: row.tenantName,
    });
  }
  return { id: site.id, name: site.name, buildings };
}
