import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../platform/http/errors.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leaseSubject, leaseWorkflow } from './lease-workflow.ts';
import { assertMayManageSite, findUnit, type SiteActor } from './site-policy.ts';
import { siteLeases } from './schema.ts';
import type { CreateLeaseInput } from './schemas.ts';

/** The register names its own fields; in a lease's body they sit under `enterprise`. */
const underEnterprise = (error: unknown) =>
  error instanceof AppError && error.options.fields
    ? new AppError(error.status, error.code, { ...error.options, fields: error.options.fields.map((f) => ({ ...f, field: `enterprise.${f.field}` })) })
    : error;

/**
 * Records a tenant's intent (意向) on a unit: an existing enterprise, or a new one created in the same transaction
 * through the register's own create. A unit holds one lease in the pipeline at a time, which the database keeps
 * (a unique index): of two intents at once, the second answers 409 and writes nothing, not even its enterprise.
 */
export async function createLease(db: Db, actor: SiteActor, unitId: string, input: CreateLeaseInput): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const { site } = await findUnit(tx, unitId);
      await assertMayManageSite(tx, actor, site);
      let enterpriseId = input.enterpriseId;
      if (input.enterprise) {
        if (!actor.permissions.includes('enterprise.edit')) throw forbidden();
        enterpriseId = (await createEnterprise(tx, actor, input.enterprise).catch((error: unknown) => Promise.reject(underEnterprise(error)))).id;
      } else {
        const [existing] = await tx
          .select({ id: enterprises.id })
          .from(enterprises)
          .where(and(eq(enterprises.id, enterpriseId!), isNull(enterprises.mergedIntoId)));
        if (!existing) throw invalidInput([{ field: 'enterpriseId', message: 'site.lease.enterpriseNotFound' }]);
      }
      const [lease] = await tx
        .insert(siteLeases)
        .values({ unitId, enterpriseId: enterpriseId!, state: leaseWorkflow.initial, note: input.note ?? null, createdById: actor.id })
        .returning();
      await startWorkflow(tx, leaseWorkflow, leaseSubject, { recordId: lease!.id, actor });
      await recordAudit(tx, actor, { entityType: leaseSubject.kind, entityId: lease!.id, action: 'create', after: { unitId, enterpriseId, note: lease!.note } });
      return lease!.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'site_leases_one_active_idx')) throw conflict('site.unit.taken');
    throw error;
  }
}
