import { eq } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { siteBuildings, siteFloors, siteLeases, sites, siteUnits, type Site, type SiteLease, type SiteUnit } from './schema.ts';

/** A user as the site policy sees them. */
export interface SiteUser {
  id: string;
  permissions: readonly Permission[];
}

/** A signed-in user acting on sites. */
export type SiteActor = WorkflowActor & { id: string };

/**
 * Whether the user keeps the site (its buildings, floors, units and leases): holders of sites.manage every site;
 * the members of its managing team that day (its site managers) that site.
 */
export async function mayManageSite(db: DbOrTx, user: SiteUser, site: Pick<Site, 'teamId'>, day: string = chinaToday()): Promise<boolean> {
  if (user.permissions.includes('sites.manage')) return true;
  if (!site.teamId || !user.permissions.includes('sites.read')) return false;
  return (await membershipsOn(db, day, { userIds: [user.id], teamIds: [site.teamId] })).length > 0;
}

export const mayNotManage = () => new AppError(403, 'site.mayNotManage');

export async function assertMayManageSite(db: DbOrTx, user: SiteUser, site: Pick<Site, 'teamId'>): Promise<void> {
  if (!(await mayManageSite(db, user, site))) throw mayNotManage();
}

/** A site by id; 404 for any other. Every reader of sites reads every site. */
export async function findSite(db: DbOrTx, id: string): Promise<Site> {
  const [site] = await db.select().from(sites).where(eq(sites.id, id));
  if (!site) throw notFound();
  return site;
}

/** A building with its site; 404 for a missing one. */
export async function findBuilding(db: DbOrTx, id: string) {
  const [found] = await db.select({ building: siteBuildings, site: sites }).from(siteBuildings).innerJoin(sites, eq(sites.id, siteBuildings.siteId)).where(eq(siteBuildings.id, id));
  if (!found) throw notFound();
  return found;
}

/** A unit with its floor, building and site; 404 for a missing one. */
export async function findUnit(db: DbOrTx, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({ unit: siteUnits, floor: siteFloors, building: siteBuildings, site: sites })
    .from(siteUnits)
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
    .innerJoin(sites, eq(sites.id, siteBuildings.siteId))
    .where(eq(siteUnits.id, id));
  const [found] = options.lock ? await query.for('update', { of: siteUnits }) : await query;
  if (!found) throw notFound();
  return found;
}

/** A lease with its unit and site; 404 for a missing one. */
export async function findLease(db: DbOrTx, id: string): Promise<{ lease: SiteLease; unit: SiteUnit; site: Site }> {
  const [found] = await db
    .select({ lease: siteLeases, unit: siteUnits, site: sites })
    .from(siteLeases)
    .innerJoin(siteUnits, eq(siteUnits.id, siteLeases.unitId))
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
    .innerJoin(sites, eq(sites.id, siteBuildings.siteId))
    .where(eq(siteLeases.id, id));
  if (!found) throw notFound();
  return found;
}
