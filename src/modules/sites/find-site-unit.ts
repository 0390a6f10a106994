import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, AppError } from '../../platform/http/errors.ts';
import { siteBuildings, siteFloors } from './schema.ts';
import { findSite, findUnit } from './site-policy.ts';

/**
 * Where a record (a project that landed, a service request) is: a site, and within it a building, a floor or a unit
 * when known. A unit names its floor and building itself; given too, they must be its own.
 */
export const siteReference = z.object({
  siteId: z.uuid(),
  buildingId: z.uuid().nullable().optional().describe('A building of that site'),
  floorId: z.uuid().nullable().optional().describe('A floor of that building'),
  unitId: z.uuid().nullable().optional().describe('A unit of that site (of that floor, when one is given)'),
});
export type SiteReference = z.output<typeof siteReference>;

/** A site reference with every level it implies filled in: a unit's floor and building, a floor's building. */
export interface SiteLocation {
  siteId: string;
  buildingId: string | null;
  floorId: string | null;
  unitId: string | null;
}

/** A unit with its floor, building and site; null for an unknown id. */
export async function findSiteUnit(db: DbOrTx, unitId: string) {
  try {
    const { unit, floor, building, site } = await findUnit(db, unitId);
    return {
      unitId: unit.id,
      code: unit.code,
      area: unit.area,
      use: unit.use,
      floorId: floor.id,
      floorLabel: floor.label,
      buildingId: building.id,
      buildingName: building.name,
      siteId: site.id,
      siteName: site.name,
    };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Checks a site reference from a request body and answers the location it names, each level filled in: 400 on the
 * field (`<field>.siteId`, `.buildingId`, `.floorId`, `.unitId`) when a level names nothing, or something outside
 * the level above it.
 */
export async function resolveSiteReference(db: DbOrTx, reference: SiteReference, field = 'site'): Promise<SiteLocation> {
  try {
    await findSite(db, reference.siteId);
  } catch {
    throw invalidInput([{ field: `${field}.siteId`, message: 'site.reference.unknownSite' }]);
  }
  let buildingId = reference.buildingId ?? null;
  let floorId = reference.floorId ?? null;
  if (buildingId) {
    const [building] = await db
      .select({ id: siteBuildings.id })
      .from(siteBuildings)
      .where(and(eq(siteBuildings.id, buildingId), eq(siteBuildings.siteId, reference.siteId)));
    if (!building) throw invalidInput([{ field: `${field}.buildingId`, message: 'site.reference.unknownBuilding' }]);
  }
  if (floorId) {
    const [floor] = await db
      .select({ buildingId: siteFloors.buildingId })
      .from(siteFloors)
      .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
      .where(and(eq(siteFloors.id, floorId), eq(siteBuildings.siteId, reference.siteId)));
    if (!floor || (buildingId && floor.buildingId !== buildingId)) throw invalidInput([{ field: `${field}.floorId`, message: 'site.reference.unknownFloor' }]);
    buildingId = floor.buildingId;
  }
  if (!reference.unitId) return { siteId: reference.siteId, buildingId, floorId, unitId: null };
  const unit = await findSiteUnit(db, reference.unitId);
  if (unit?.siteId !== reference.siteId || (buildingId && unit.buildingId !== buildingId) || (floorId && unit.floorId !== floorId)) {
    throw invalidInput([{ field: `${field}.unitId`, message: 'site.reference.unknownUnit' }]);
  }
  return { siteId: unit.siteId, buildingId: unit.buildingId, floorId: unit.floorId, unitId: unit.unitId };
}

/** Checks a site reference from a request body: 400 on the field's level that names nothing (see resolveSiteReference). */
export async function checkSiteReference(db: DbOrTx, reference: SiteReference, field = 'site'): Promise<void> {
  await resolveSiteReference(db, reference, field);
}
