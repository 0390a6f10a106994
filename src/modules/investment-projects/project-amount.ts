import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { amountChange } from './counting-rules.ts';
import { findVisibleProject, mayNotWorkProject, mayWorkProject, projectScopeOf } from './project-policy.ts';
import { liveProjectFiles } from './project-records.ts';
import { projectAmountChanges, projects, type Project } from './schema.ts';

type Actor = WorkflowActor & { id: string };

/**
 * The project as it is now, locked until the caller's transaction ends: visible (404), worked by the actor (403),
 * signed and not terminated (409 project.notSigned): what re-signings and amount changes need.
 */
export async function lockSignedProject(tx: Tx, actor: Actor, id: string): Promise<Project> {
  const scope = await projectScopeOf(tx, actor);
  await findVisibleProject(tx, scope, id);
  const [project] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  if (!mayWorkProject(actor, scope, project!)) throw mayNotWorkProject();
  if (project!.agreedAmountWan === null || project!.stage === 'terminated') throw conflict('project.notSigned');
  return project!;
}

/** A file the actor names must be on this project and not deleted; 400 on the field otherwise. */
export async function assertProjectFile(tx: Tx, projectId: string, fileId: string | null | undefined, field: string): Promise<void> {
  if (!fileId) return;
  if (!(await liveProjectFiles(tx, projectId, [fileId])).has(fileId)) throw invalidInput([{ field, message: 'project.fileInvalid' }]);
}

/**
 * Sets the agreed amount (counting rule 3): a different amount only with a reason (400 on `reason` otherwise), the
 * change kept in history with the file backing it; the file named (or none) backs the amount from now on, so that
 * an amount changed without an agreement shows as unverified. Returns whether the amount changed.
 */
export async function setAgreedAmount(tx: Tx, actor: Actor, project: Project, amountWan: number, reason: string | undefined, fileId: string | null): Promise<boolean> {
  const change = amountChange(project.agreedAmountWan, amountWan, reason);
  if (change.kind === 'refused') throw invalidInput([{ field: 'reason', message: change.message }]);
  const now = new Date();
  await tx.update(projects).set({ agreedAmountWan: amountWan, amountFileId: fileId, updatedAt: now }).where(eq(projects.id, project.id));
  if (change.kind !== 'changed') return false;
  await tx.insert(projectAmountChanges).values({
    projectId: project.id,
    oldAmountWan: change.oldAmountWan,
    newAmountWan: change.newAmountWan,
    reason: change.reason,
    agreementFileId: fileId,
    changedById: actor.id,
    changedByName: actor.name,
  });
  await recordAudit(tx, actor, {
    entityType: 'project',
    entityId: project.id,
    action: 'change-amount',
    before: { agreedAmountWan: change.oldAmountWan },
    after: { agreedAmountWan: change.newAmountWan, reason: change.reason, agreementFileId: fileId },
  });
  return true;
}
