import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { findVisibleRequest, readRequestDetail } from './request-records.ts';
import { requestScopeOf } from './request-policy.ts';
import { windowRequestSubject, windowRequestWorkflow } from './request-workflow.ts';
import { windowRequests } from './schema.ts';
import type { RequestDetail } from './schemas.ts';

/** Closes a request (either side) or reopens it (its requester, within seven days), keeping the closing time. */
export async function moveRequest(db: Db, actor: WorkflowActor, id: string, action: 'close' | 'reopen', locale: Locale): Promise<RequestDetail> {
  const scope = requestScopeOf(actor);
  await findVisibleRequest(db, scope, id);
  await db.transaction(async (tx) => {
    await applyTransition(tx, windowRequestWorkflow, windowRequestSubject, { recordId: id, action, actor });
    const now = new Date();
    await tx
      .update(windowRequests)
      .set({ updatedAt: now, closedAt: action === 'close' ? now : null })
      .where(eq(windowRequests.id, id));
  });
  return readRequestDetail(db, scope, actor, id, locale);
}
