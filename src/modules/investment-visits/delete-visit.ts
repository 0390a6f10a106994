import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { visitKind } from './create-visit.ts';
import { visits } from './schema.ts';
import { findVisibleVisit, mayDeleteVisit } from './visit-policy.ts';

/**
 * Deletes a visit (its recorder only, after confirming in the app): it is marked deleted, so that its audit trail
 * keeps what it said, and from then on is seen, listed and counted nowhere (404 like a missing one).
 */
export async function deleteVisit(db: Db, actor: WorkflowActor & { id: string }, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const visit = await findVisibleVisit(tx, actor, id, { lock: true });
    if (!mayDeleteVisit(actor, visit)) throw new AppError(403, 'visit.mayNotDelete');
    const now = new Date();
    await tx.update(visits).set({ deletedAt: now, deletedById: actor.id, updatedAt: now }).where(eq(visits.id, id));
    await recordAudit(tx, actor, {
      entityType: visitKind,
      entityId: id,
      action: 'delete',
      before: { enterpriseId: visit.enterpriseId, visitedOn: visit.visitedOn, place: visit.place, teamId: visit.teamId, summary: visit.summary },
    });
  });
}
