import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { Db, DbOrTx } from '../../platform/db/connection.ts';
import { conflict, forbidden, invalidInput } from '../../platform/http/errors.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { applicationScopeOf } from './application-policy.ts';
import { readApplicationDetail, readApplicationItem } from './application-records.ts';
import { policyApplicationSubject, policyApplicationWorkflow } from './application-workflow.ts';
import { readApplicationSnapshot } from './read-application-snapshot.ts';
import { openApplicationStates, policyApplications } from './schema.ts';
import type { ApplicationDetail, CreateApplicationInput } from './schemas.ts';

/**
 * The item an enterprise may apply for today: published, delivered by application (快申快享), within its
 * application window; anything else is refused before any record is read for it.
 */
export async function applicableItem(db: DbOrTx, itemId: string) {
  const found = await readApplicationItem(db, itemId);
  if (!found || found.policy.state !== 'published') throw invalidInput([{ field: 'itemId', message: 'policyApplication.itemUnavailable' }]);
  if (found.item.delivery !== 'application') throw invalidInput([{ field: 'itemId', message: 'policyApplication.automaticItem' }]);
  const today = chinaToday();
  const { applicationOpensOn, applicationClosesOn } = found.policy;
  if ((applicationOpensOn && today < applicationOpensOn) || (applicationClosesOn && today > applicationClosesOn)) {
    throw conflict('policyApplication.windowClosed', { opensOn: applicationOpensOn, closesOn: applicationClosesOn });
  }
  return found;
}

/** The enterprise's application for the item still under way, if any. */
export async function openApplicationOf(db: DbOrTx, enterpriseId: string, itemId: string): Promise<string | null> {
  const [open] = await db
    .select({ id: policyApplications.id })
    .from(policyApplications)
    .where(and(eq(policyApplications.enterpriseId, enterpriseId), eq(policyApplications.itemId, itemId), inArray(policyApplications.state, openApplicationStates)));
  return open?.id ?? null;
}

/**
 * Starts an application (a draft, to which the enterprise adds its files before submitting) for the user's own
 * enterprise, pre-filled from the master record as it stands. The user's idempotency key makes a double click or a
 * retry answer the first application; a second application for an item while one is under way answers 409 naming
 * it (the partial unique index decides between simultaneous ones).
 */
export async function createApplication(
  db: Db,
  actor: WorkflowActor & { id: string },
  input: CreateApplicationInput,
): Promise<{ application: ApplicationDetail; created: boolean }> {
  const enterpriseId = actor.enterpriseId;
  if (!enterpriseId) throw forbidden();
  const scope = applicationScopeOf(actor);
  const existing = async () => {
    const [found] = await db
      .select({ id: policyApplications.id })
      .from(policyApplications)
      .where(and(eq(policyApplications.enterpriseId, enterpriseId), eq(policyApplications.idempotencyKey, input.idempotencyKey)));
    return found?.id ?? null;
  };
  const repeated = await existing();
  if (repeated) return { application: await readApplicationDetail(db, scope, actor, repeated), created: false };
  const { item } = await applicableItem(db, input.itemId);
  const { snapshot, suggestedAmountWan } = await readApplicationSnapshot(db, enterpriseId, item, chinaToday());
  let id: string | null;
  try {
    id = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(policyApplications)
        .values({
          itemId: item.id,
          enterpriseId,
          appliedById: actor.id,
          appliedByName: actor.name,
          state: policyApplicationWorkflow.initial,
          idempotencyKey: input.idempotencyKey,
          snapshot,
          suggestedAmountWan,
          statement: input.statement ?? '',
        })
        .onConflictDoNothing({ target: [policyApplications.enterpriseId, policyApplications.idempotencyKey] })
        .returning();
      if (!inserted) return null;
      await startWorkflow(tx, policyApplicationWorkflow, policyApplicationSubject, { recordId: inserted.id, actor });
      const { createdAt: _createdAt, updatedAt: _updatedAt, idempotencyKey: _key, ...audited } = inserted;
      await recordAudit(tx, actor, { entityType: policyApplicationSubject.kind, entityId: inserted.id, action: 'create', after: audited });
      return inserted.id;
    });
  } catch (error) {
    if (!isUniqueViolation(error, 'policy_applications_one_open_idx')) throw error;
    // The same key sent twice at once may meet the one-open index first: it is still the one application.
    const same = await existing();
    if (same) return { application: await readApplicationDetail(db, scope, actor, same), created: false };
    throw conflict('policyApplication.alreadyOpen', { applicationId: await openApplicationOf(db, enterpriseId, item.id) });
  }
  const created = id ?? (await existing());
  return { application: await readApplicationDetail(db, scope, actor, created!), created: id !== null };
}
