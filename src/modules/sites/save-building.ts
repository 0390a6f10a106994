import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { assertMayManageSite, findBuilding, findSite, type SiteActor } from './site-policy.ts';
import { siteBuildings } from './schema.ts';

const nameTaken = (error: unknown) =>
  isUniqueViolation(error, 'site_buildings_name_idx') ? invalidInput([{ field: 'name', message: 'site.building.nameTaken' }]) : error;

/** Adds a building to a site (its managers); names are unique within the site. */
export async function createBuilding(db: Db, actor: SiteActor, siteId: string, name: string) {
  try {
    return await db.transaction(async (tx) => {
      await assertMayManageSite(tx, actor, await findSite(tx, siteId));
      const [building] = await tx.insert(siteBuildings).values({ siteId, name }).returning();
      await recordAudit(tx, actor, { entityType: 'site-building', entityId: building!.id, action: 'create', after: { siteId, name } });
      return building!;
    });
  } catch (error) {
    throw nameTaken(error);
  }
}

/** Renames a building. */
export async function renameBuilding(db: Db, actor: SiteActor, id: string, name: string) {
  try {
    return await db.transaction(async (tx) => {
      const { building, site } = await findBuilding(tx, id);
      await assertMayManageSite(tx, actor, site);
      const [renamed] = await tx.update(siteBuildings).set({ name }).where(eq(siteBuildings.id, id)).returning();
      await recordAudit(tx, actor, { entityType: 'site-building', entityId: id, action: 'update', before: { name: building.name }, after: { name } });
      return renamed!;
    });
  } catch (error) {
    throw nameTaken(error);
  }
}
