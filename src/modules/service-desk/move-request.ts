import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { tellRequester, tellStaff } from './request-notices.ts';
import { requestScopeOf } from './request-policy.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceRequestMessages, serviceRequests, type ServiceRequest } from './schema.ts';
import type { RequestDetail } from './schemas.ts';

/** The moves made with a button on the request page (a merge names the survivor, see merge-request.ts). */
export type RequestMove = 'accept' | 'startWork' | 'waitOnEnterprise' | 'resolve' | 'reopen';

/** What a move changes on the request beyond its state. */
function changesOf(move: RequestMove, actor: WorkflowActor, now: Date): Partial<ServiceRequest> {
  switch (move) {
    // 首问负责制: whoever accepts owns the request until it is done, whichever team ends up doing the work.
    case 'accept':
      return { ownerId: actor.id, acceptedAt: now };
    case 'resolve':
      return { resolvedAt: now };
    case 'reopen':
      return { resolvedAt: null };
    default:
      return {};
  }
}

/**
 * Moves a request along its workflow, with an optional public message (what the enterprise is asked for, how it
 * was solved), and tells the enterprise; a reopening tells the owner instead.
 */
export async function moveRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  move: RequestMove,
  message: string | undefined,
  locale: Locale,
): Promise<RequestDetail> {
  const scope = await requestScopeOf(db, actor);
  await findVisibleRequest(db, scope, id);
  const staff = actor.permissions.includes('serviceRequest.handle');
  await db.transaction(async (tx) => {
    await applyTransition(tx, serviceRequestWorkflow, serviceRequestSubject, { recordId: id, action: move, actor });
    const now = new Date();
    if (message) {
      await tx
        .insert(serviceRequestMessages)
        .values({ requestId: id, authorId: actor.id, authorName: actor.name, side: staff ? 'staff' : 'requester', visibility: 'public', body: message });
    }
    const [request] = await tx
      .update(serviceRequests)
      .set({
        ...changesOf(move, actor, now),
        updatedAt: now,
        ...(staff && message ? { firstResponseAt: sql`coalesce(${serviceRequests.firstResponseAt}, now())` } : {}),
      })
      .where(eq(serviceRequests.id, id))
      .returning();
    await announceRequestChange(tx, request!);
    if (move === 'reopen') {
      if (request!.ownerId) {
        await tellStaff(tx, ctx, request!, [request!.ownerId], { kind: 'service-request.reopened', message: 'serviceRequest.notice.reopened', params: { author: actor.name } });
      }
      return;
    }
    await tellRequester(tx, ctx, request!, actor.id, { kind: `service-request.${move}`, message: `serviceRequest.notice.${move}`, params: { author: actor.name } });
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
