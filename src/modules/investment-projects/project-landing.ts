import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { resolveSiteReference, type SiteReference } from '../sites/find-site-unit.ts';
import { siteBuildings, siteFloors, sites, siteUnits } from '../sites/schema.ts';
import { findSite } from '../sites/site-policy.ts';
import type { LandedProjectPage, ProjectLanding } from './landing-schemas.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from './project-policy.ts';
import { projects, type Project } from './schema.ts';

/**
 * The columns a body's landing sets: nothing when absent, all cleared for null, otherwise the site and every level
 * it implies (a unit's floor and building), checked against the site register (400 on `landing.<level>`).
 */
export async function landingColumns(db: DbOrTx, landing: SiteReference | null | undefined): Promise<Partial<Project>> {
  if (landing === undefined) return {};
  if (landing === null) return { landingSiteId: null, landingBuildingId: null, landingFloorId: null, landingUnitId: null };
  const location = await resolveSiteReference(db, landing, 'landing');
  return { landingSiteId: location.siteId, landingBuildingId: location.buildingId, landingFloorId: location.floorId, landingUnitId: location.unitId };
}

const landingNames = {
  buildingId: projects.landingBuildingId,
  buildingName: siteBuildings.name,
  floorId: projects.landingFloorId,
  floorLabel: siteFloors.label,
  unitId: projects.landingUnitId,
  unitCode: siteUnits.code,
};

/** Where the project lands, with its site's, building's, floor's and unit's names; null when it names no site. */
export async function readLanding(db: DbOrTx, projectId: string): Promise<ProjectLanding | null> {
  const [row] = await db
    .select({ siteId: sites.id, siteName: sites.name, ...landingNames })
    .from(projects)
    .innerJoin(sites, eq(sites.id, projects.landingSiteId))
    .leftJoin(siteBuildings, eq(siteBuildings.id, projects.landingBuildingId))
    .leftJoin(siteFloors, eq(siteFloors.id, projects.landingFloorId))
    .leftJoin(siteUnits, eq(siteUnits.id, projects.landingUnitId))
    .where(eq(projects.id, projectId));
  return row ?? null;
}

/**
 * A page of the projects landed in a site that the user sees (the project policy: their teams' that day and their
 * own; every one with project.readAll), by name; 404 for an unknown site.
 */
export async function listLandedProjects(db: DbOrTx, user: ProjectUser, siteId: string, page: { page: number; pageSize: number }): Promise<LandedProjectPage> {
  await findSite(db, siteId);
  const scope = await projectScopeOf(db, user);
  const where: SQL | undefined = and(eq(projects.landingSiteId, siteId), visibleProjects(scope));
  const [items, [total]] = await Promise.all([
    db
      .select({ id: projects.id, name: projects.name, enterpriseName: enterprises.name, stage: projects.stage, teamName: teams.name, ...landingNames })
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .leftJoin(teams, eq(teams.id, projects.teamId))
      .leftJoin(siteBuildings, eq(siteBuildings.id, projects.landingBuildingId))
      .leftJoin(siteFloors, eq(siteFloors.id, projects.landingFloorId))
      .leftJoin(siteUnits, eq(siteUnits.id, projects.landingUnitId))
      .where(where)
      .orderBy(asc(projects.name), asc(projects.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(projects).where(where),
  ]);
  return { items, total: total!.n, page: page.page, pageSize: page.pageSize };
}
