import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { tellRequester, tellStaff } from './request-notices.ts';
import { requestScopeOf } from './request-policy.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { openStates, serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceRequestMessages, serviceRequests } from './schema.ts';
import type { ReplyInput, RequestDetail } from './schemas.ts';

/**
 * Adds a message to the thread. From the staff: a public reply (the first one's time kept once, the enterprise
 * told) or an internal note the enterprise never reads. From the enterprise: a reply, which puts a request waiting
 * on it back in progress and tells its owner. A closed request takes no reply, nor does a resolved one from the
 * enterprise, which reopens it first (409).
 */
export async function replyToRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  input: ReplyInput,
  locale: Locale,
): Promise<RequestDetail> {
  const scope = await requestScopeOf(db, actor);
  await findVisibleRequest(db, scope, id);
  const staff = actor.permissions.includes('serviceRequest.handle');
  if (!staff && input.visibility === 'internal') throw invalidInput([{ field: 'visibility', message: 'serviceRequest.notesForStaff' }]);
  await db.transaction(async (tx) => {
    const [request] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
    const note = input.visibility === 'internal';
    if (!note && request!.state === 'closed') throw conflict('serviceRequest.closedForReplies');
    if (!staff && !(openStates as readonly string[]).includes(request!.state)) throw conflict('serviceRequest.reopenFirst');
    if (!staff && request!.state === 'waiting_on_enterprise') {
      await applyTransition(tx, serviceRequestWorkflow, serviceRequestSubject, { recordId: id, action: 'enterpriseReply', actor });
    }
    const [message] = await tx
      .insert(serviceRequestMessages)
      .values({ requestId: id, authorId: actor.id, authorName: actor.name, side: staff ? 'staff' : 'requester', visibility: input.visibility, body: input.body })
      .returning({ id: serviceRequestMessages.id });
    await tx
      .update(serviceRequests)
      .set({ updatedAt: new Date(), ...(staff && !note ? { firstResponseAt: sql`coalesce(${serviceRequests.firstResponseAt}, now())` } : {}) })
      .where(eq(serviceRequests.id, id));
    await recordAudit(tx, actor, {
      entityType: serviceRequestSubject.kind,
      entityId: id,
      action: note ? 'note' : 'reply',
      after: { messageId: message!.id, body: input.body },
    });
    await announceRequestChange(tx, request!);
    if (note) return;
    if (staff) {
      await tellRequester(tx, ctx, request!, actor.id, { kind: 'service-request.replied', message: 'serviceRequest.notice.replied', params: { author: actor.name } });
    } else if (request!.ownerId) {
      await tellStaff(tx, ctx, request!, [request!.ownerId], {
        kind: 'service-request.enterprise-replied',
        message: 'serviceRequest.notice.enterpriseReplied',
        params: { author: actor.name },
      });
    }
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
