import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { requestLink } from './open-request.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { requestScopeOf } from './request-policy.ts';
import { requesterAudience } from './requester-audience.ts';
import { windowRequestSubject, windowRequestWorkflow } from './request-workflow.ts';
import { windowRequestMessages, windowRequests } from './schema.ts';
import type { RequestDetail } from './schemas.ts';

/**
 * Adds a message to the thread. From the staff it answers the request (answered; the first answer's time kept once)
 * and tells the requester; from the requester it is a follow-up that puts the request back in the queue. A closed
 * request takes none (409): the requester reopens it first.
 */
export async function replyToRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor,
  id: string,
  body: string,
  locale: Locale,
): Promise<RequestDetail> {
  const scope = requestScopeOf(actor);
  await findVisibleRequest(db, scope, id);
  const staff = actor.permissions.includes('window-request.answer');
  await db.transaction(async (tx) => {
    const { record } = await applyTransition(tx, windowRequestWorkflow, windowRequestSubject, {
      recordId: id,
      action: staff ? 'answer' : 'followUp',
      actor,
    });
    await tx.insert(windowRequestMessages).values({ requestId: id, authorId: actor.id, authorName: actor.name, side: staff ? 'staff' : 'requester', body });
    await tx
      .update(windowRequests)
      .set({ updatedAt: new Date(), ...(staff ? { firstResponseAt: sql`coalesce(${windowRequests.firstResponseAt}, now())` } : {}) })
      .where(eq(windowRequests.id, id));
    if (!staff) return;
    await notify(tx, ctx, {
      userIds: await requesterAudience(tx, record),
      kind: 'window-request.answered',
      message: 'windowRequest.notice.answered',
      params: { author: actor.name, reference: record.reference, subject: record.subject },
      link: requestLink(id),
      record: { kind: windowRequestSubject.kind, id },
    });
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
