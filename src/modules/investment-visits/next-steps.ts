import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { stepRows, visitKind } from './create-visit.ts';
import { getVisit } from './get-visit.ts';
import { visitNextSteps } from './schema.ts';
import type { NextStepInput, VisitDetail } from './schemas.ts';
import { assertStaff, findVisibleVisit, mayEditVisit, mayNotEdit } from './visit-policy.ts';

/** Adds a next step to a visit: those who may change the visit. */
export async function addNextStep(db: Db, table: PermissionGrants, actor: WorkflowActor & { id: string }, visitId: string, input: NextStepInput): Promise<VisitDetail> {
  await db.transaction(async (tx) => {
    const visit = await findVisibleVisit(tx, actor, visitId, { lock: true });
    if (!(await mayEditVisit(tx, actor, visit))) throw mayNotEdit();
    if (input.ownerId) await assertStaff(tx, table, [input.ownerId], 'ownerId');
    const [step] = await tx.insert(visitNextSteps).values(stepRows(visitId, visit.officerId ?? actor.id, [input])).returning();
    await recordAudit(tx, actor, {
      entityType: visitKind,
      entityId: visitId,
      action: 'addStep',
      after: { stepId: step!.id, text: step!.text, ownerId: step!.ownerId, dueOn: step!.dueOn },
    });
  });
  return getVisit(db, actor, visitId);
}

/** Ticks a next step done, or not done again: its owner, or those who may change the visit. */
export async function tickNextStep(db: Db, actor: WorkflowActor & { id: string }, visitId: string, stepId: string, done: boolean): Promise<VisitDetail> {
  await db.transaction(async (tx) => {
    const visit = await findVisibleVisit(tx, actor, visitId, { lock: true });
    const [step] = await tx
      .select()
      .from(visitNextSteps)
      .where(and(eq(visitNextSteps.id, stepId), eq(visitNextSteps.visitId, visitId)));
    if (!step) throw notFound();
    const owns = actor.permissions.includes('visit.record') && step.ownerId === actor.id;
    if (!owns && !(await mayEditVisit(tx, actor, visit))) throw new AppError(403, 'visit.mayNotTick');
    if ((step.doneAt !== null) === done) return;
    const doneAt = done ? new Date() : null;
    await tx
      .update(visitNextSteps)
      .set({ doneAt, doneById: done ? actor.id : null })
      .where(eq(visitNextSteps.id, stepId));
    await recordAudit(tx, actor, { entityType: visitKind, entityId: visitId, action: done ? 'stepDone' : 'stepReopened', after: { stepId, text: step.text } });
  });
  return getVisit(db, actor, visitId);
}

/** Removes a next step entered by mistake: those who may change the visit; the audit keeps what it said. */
export async function deleteNextStep(db: Db, actor: WorkflowActor & { id: string }, visitId: string, stepId: string): Promise<VisitDetail> {
  await db.transaction(async (tx) => {
    const visit = await findVisibleVisit(tx, actor, visitId, { lock: true });
    const [step] = await tx
      .select()
      .from(visitNextSteps)
      .where(and(eq(visitNextSteps.id, stepId), eq(visitNextSteps.visitId, visitId)));
    if (!step) throw notFound();
    if (!(await mayEditVisit(tx, actor, visit))) throw mayNotEdit();
    await tx.delete(visitNextSteps).where(eq(visitNextSteps.id, stepId));
    await recordAudit(tx, actor, {
      entityType: visitKind,
      entityId: visitId,
      action: 'deleteStep',
      before: { stepId, text: step.text, ownerId: step.ownerId, dueOn: step.dueOn, doneAt: step.doneAt },
    });
  });
  return getVisit(db, actor, visitId);
}
