import { and, eq, isNull, or } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { AppError, conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { tellStaff } from './request-notices.ts';
import { isRequester, requestScopeOf } from './request-policy.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { serviceRequestSubject } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';
import type { RequestDetail } from './schemas.ts';

/**
 * The enterprise rates a resolved or closed request, once (1–5 and a comment); the owner hears of it. The check and
 * the write are one UPDATE, so of two ratings at once one is kept and the other answers 409.
 */
export async function rateRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  input: { rating: number; comment?: string | undefined },
  locale: Locale,
): Promise<RequestDetail> {
  const scope = await requestScopeOf(db, actor);
  const found = await findVisibleRequest(db, scope, id);
  if (!isRequester(actor, found)) throw new AppError(403, 'problem.forbidden');
  await db.transaction(async (tx) => {
    const [rated] = await tx
      .update(serviceRequests)
      .set({ rating: input.rating, ratingComment: input.comment ?? null, ratedAt: new Date() })
      .where(
        and(
          eq(serviceRequests.id, id),
          isNull(serviceRequests.rating),
          or(eq(serviceRequests.state, 'resolved'), and(eq(serviceRequests.state, 'closed'), isNull(serviceRequests.mergedIntoId))),
        ),
      )
      .returning();
    if (!rated) throw conflict(found.rating === null && found.state !== 'resolved' && found.state !== 'closed' ? 'serviceRequest.notYetResolved' : 'serviceRequest.alreadyRated');
    await announceRequestChange(tx, rated);
    await recordAudit(tx, actor, { entityType: serviceRequestSubject.kind, entityId: id, action: 'rate', after: { rating: input.rating, comment: input.comment ?? null } });
    if (rated.ownerId) {
      await tellStaff(tx, ctx, rated, [rated.ownerId], { kind: 'service-request.rated', message: 'serviceRequest.notice.rated', params: { rating: String(input.rating) } });
    }
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
