import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict, forbidden } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { applicationScopeOf, findVisibleApplication } from './application-policy.ts';
import { readApplicationDetail } from './application-records.ts';
import { isApplicant, policyApplicationSubject } from './application-workflow.ts';
import { policyApplications } from './schema.ts';
import type { ApplicationDetail } from './schemas.ts';

/**
 * The enterprise rates the result once it is paid, once (1–5 and a comment): the satisfaction the policy's
 * evaluation counts. The check and the write are one UPDATE, so of two ratings at once one is kept, the other 409.
 */
export async function rateApplication(
  db: Db,
  actor: WorkflowActor & { id: string },
  id: string,
  input: { rating: number; comment?: string | undefined },
): Promise<ApplicationDetail> {
  const scope = applicationScopeOf(actor);
  const found = await findVisibleApplication(db, scope, id);
  if (!isApplicant(actor, found)) throw forbidden();
  await db.transaction(async (tx) => {
    const [rated] = await tx
      .update(policyApplications)
      .set({ rating: input.rating, ratingComment: input.comment ?? null, ratedAt: new Date() })
      .where(and(eq(policyApplications.id, id), eq(policyApplications.state, 'paid'), isNull(policyApplications.rating)))
      .returning({ id: policyApplications.id });
    if (!rated) throw conflict(found.state === 'paid' ? 'policyApplication.alreadyRated' : 'policyApplication.notYetPaid');
    await recordAudit(tx, actor, { entityType: policyApplicationSubject.kind, entityId: id, action: 'rate', after: { rating: input.rating, comment: input.comment ?? null } });
  });
  return readApplicationDetail(db, scope, actor, id);
}
