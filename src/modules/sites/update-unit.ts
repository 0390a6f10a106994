import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import { assertMayManageSite, findUnit, type SiteActor } from './site-policy.ts';
import { activeLeaseStates, siteLeases, siteUnits } from './schema.ts';
import type { UpdateUnitInput } from './schemas.ts';

/** Changes a unit's code, area or use; its area cannot shrink below what its active lease holds. */
export async function updateUnit(db: Db, actor: SiteActor, id: string, input: UpdateUnitInput): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const { unit, site } = await findUnit(tx, id, { lock: true });
      await assertMayManageSite(tx, actor, site);
      if (input.area !== undefined) {
        const [active] = await tx
          .select({ area: siteLeases.area })
          .from(siteLeases)
          .where(and(eq(siteLeases.unitId, id), inArray(siteLeases.state, [...activeLeaseStates])));
        if (active?.area && active.area > input.area) throw invalidInput([{ field: 'area', message: 'site.unit.areaBelowLease', params: { area: active.area } }]);
      }
      await tx.update(siteUnits).set(input).where(eq(siteUnits.id, id));
      await recordAudit(tx, actor, {
        entityType: 'site-unit',
        entityId: id,
        action: 'update',
        before: { code: unit.code, area: unit.area, use: unit.use },
        after: { code: input.code ?? unit.code, area: input.area ?? unit.area, use: input.use ?? unit.use },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'site_units_code_idx')) throw invalidInput([{ field: 'code', message: 'site.unit.codeTaken', params: { code: input.code } }]);
    throw error;
  }
}

/** Deletes a unit entered by mistake: only one that never had a lease (409 otherwise, its history is kept). */
export async function deleteUnit(db: Db, actor: SiteActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { unit, site } = await findUnit(tx, id, { lock: true });
    await assertMayManageSite(tx, actor, site);
    const [lease] = await tx.select({ id: siteLeases.id }).from(siteLeases).where(eq(siteLeases.unitId, id)).limit(1);
    if (lease) throw conflict('site.unit.hasLeases');
    await tx.delete(siteUnits).where(eq(siteUnits.id, id));
    await recordAudit(tx, actor, { entityType: 'site-unit', entityId: id, action: 'delete', before: { floorId: unit.floorId, code: unit.code, area: unit.area, use: unit.use } });
  });
}
