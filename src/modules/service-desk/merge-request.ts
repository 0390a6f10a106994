import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { tellRequester } from './request-notices.ts';
import { requestScopeOf, visibleRequestIds } from './request-policy.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { openStates, serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';
import type { RequestDetail } from './schemas.ts';

/**
 * Merges a duplicate into the request it repeats: the duplicate is closed as merged, its thread and files are read
 * from the survivor, and its enterprise is told where the work goes on. Both must be the caller's to see (404
 * otherwise) and the same enterprise's, and the survivor still open.
 */
export async function mergeRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  intoId: string,
  locale: Locale,
): Promise<RequestDetail> {
  const scope = await requestScopeOf(db, actor);
  await findVisibleRequest(db, scope, id);
  if (intoId === id) throw invalidInput([{ field: 'intoId', message: 'serviceRequest.mergeIntoItself' }]);
  if (!(await visibleRequestIds(db, scope, [intoId])).has(intoId)) throw invalidInput([{ field: 'intoId', message: 'serviceRequest.mergeTargetUnknown' }]);
  await db.transaction(async (tx) => {
    // Both rows locked in one order, so that two merges of the same pair, either way round, cannot deadlock.
    const locked = await tx
      .select()
      .from(serviceRequests)
      .where(inArray(serviceRequests.id, [id, intoId]))
      .orderBy(asc(serviceRequests.id))
      .for('update');
    const duplicate = locked.find((row) => row.id === id)!;
    const survivor = locked.find((row) => row.id === intoId)!;
    if (survivor.enterpriseId !== duplicate.enterpriseId || (survivor.enterpriseId === null && survivor.openedById !== duplicate.openedById)) throw invalidInput([{ field: 'intoId', message: 'serviceRequest.mergeOtherEnterprise' }]);
    if (!(openStates as readonly string[]).includes(survivor.state)) throw invalidInput([{ field: 'intoId', message: 'serviceRequest.mergeTargetClosed' }]);
    await applyTransition(tx, serviceRequestWorkflow, serviceRequestSubject, { recordId: id, action: 'merge', actor, evidence: { intoId } });
    const now = new Date();
    await tx.update(serviceRequests).set({ mergedIntoId: intoId, closedAt: now, updatedAt: now }).where(eq(serviceRequests.id, id));
    await tx.update(serviceRequests).set({ updatedAt: now }).where(eq(serviceRequests.id, intoId));
    await refreshRequestSla(db, tx, id);
    await announceRequestChange(tx, duplicate);
    await announceRequestChange(tx, survivor);
    await tellRequester(tx, ctx, duplicate, actor.id, { kind: 'service-request.merged', message: 'serviceRequest.notice.merged', params: { survivor: survivor.reference } });
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
