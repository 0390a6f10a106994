import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, AppError } from '../../platform/http/errors.ts';
import { findSite, findUnit } from './site-policy.ts';

/** Where a record (a project that landed, a service request) is: a site, and within it a unit when known. */
export const siteReference = z.object({
  siteId: z.uuid(),
  unitId: z.uuid().nullable().optional().describe('A unit of that site'),
});
export type SiteReference = z.output<typeof siteReference>;

/** A unit with its floor, building and site; null for an unknown id. */
export async function findSiteUnit(db: DbOrTx, unitId: string) {
  try {
    const { unit, floor, building, site } = await findUnit(db, unitId);
    return { unitId: unit.id, code: unit.code, area: unit.area, use: unit.use, floorLabel: floor.label, buildingId: building.id, buildingName: building.name, siteId: site.id, siteName: site.name };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/** Checks a site reference from a request body: 400 on the field (`<field>.siteId`, `<field>.unitId`) when it names nothing. */
export async function checkSiteReference(db: DbOrTx, reference: SiteReference, field = 'site'): Promise<void> {
  try {
    await findSite(db, reference.siteId);
  } catch {
    throw invalidInput([{ field: `${field}.siteId`, message: 'site.reference.unknownSite' }]);
  }
  if (!reference.unitId) return;
  const unit = await findSiteUnit(db, reference.unitId);
  if (unit?.siteId !== reference.siteId) throw invalidInput([{ field: `${field}.unitId`, message: 'site.reference.unknownUnit' }]);
}
