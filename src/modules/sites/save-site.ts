import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db, DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { teams } from '../../platform/teams/schema.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { regions } from '../reference/schema.ts';
import { assertMayManageSite, findSite, type SiteActor } from './site-policy.ts';
import { sites, type Site } from './schema.ts';
import type { SiteInput, UpdateSiteInput } from './schemas.ts';

async function checkReferences(db: DbOrTx, input: UpdateSiteInput) {
  if (input.regionCode) {
    const [region] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode));
    if (!region) throw invalidInput([{ field: 'regionCode', message: 'site.regionUnknown' }]);
  }
  if (input.teamId) {
    const [team] = await db.select({ id: teams.id }).from(teams).where(and(eq(teams.id, input.teamId), isNull(teams.archivedAt)));
    if (!team) throw invalidInput([{ field: 'teamId', message: 'site.teamUnknown' }]);
  }
}

const auditView = (site: Site) => ({ name: site.name, kind: site.kind, regionCode: site.regionCode, address: site.address, teamId: site.teamId, note: site.note });

/** A new site (sites.manage only: the route's permission). */
export async function createSite(db: Db, actor: Actor, input: SiteInput): Promise<Site> {
  return db.transaction(async (tx) => {
    await checkReferences(tx, input);
    const [site] = await tx
      .insert(sites)
      .values({
        name: input.name,
        nameKey: normalizeKey(input.name),
        kind: input.kind,
        regionCode: input.regionCode ?? null,
        address: input.address ?? null,
        teamId: input.teamId ?? null,
        note: input.note ?? null,
      })
      .returning();
    await recordAudit(tx, actor, { entityType: 'site', entityId: site!.id, action: 'create', after: auditView(site!) });
    return site!;
  });
}

/** Changes a site: its managers may, but only holders of sites.manage hand it to another team. */
export async function updateSite(db: Db, user: SiteActor, id: string, input: UpdateSiteInput): Promise<Site> {
  return db.transaction(async (tx) => {
    const before = await findSite(tx, id);
    await assertMayManageSite(tx, user, before);
    if (input.teamId !== undefined && input.teamId !== before.teamId && !user.permissions.includes('sites.manage')) {
      throw invalidInput([{ field: 'teamId', message: 'site.teamChangeNotAllowed' }]);
    }
    await checkReferences(tx, input);
    const [site] = await tx
      .update(sites)
      .set({ ...input, ...(input.name ? { nameKey: normalizeKey(input.name) } : {}), updatedAt: new Date() })
      .where(eq(sites.id, id))
      .returning();
    await recordAudit(tx, user, { entityType: 'site', entityId: id, action: 'update', before: auditView(before), after: auditView(site!) });
    return site!;
  });
}
