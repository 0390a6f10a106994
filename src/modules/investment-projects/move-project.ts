import { and, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { AppError, forbidden, invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { checkEventReference } from '../investment-events/check-event.ts';
import { amountCountedBefore, countedAmountWan } from './counting-rules.ts';
import { getProject } from './get-project.ts';
import { verifyRecordAttachments } from '../../platform/attachments/verify-record-attachments.ts';
import { findVisibleProject, mayNotWorkProject, mayWorkProject, projectScopeOf } from './project-policy.ts';
import type { PipelineStage } from './project-stages.ts';
import { projectSubject, projectWorkflow } from './project-workflow.ts';
import { projects, projectSignings, type Project } from './schema.ts';
import type { ProjectDetail } from './schemas.ts';
import type { StallRule } from './stall-rule.ts';

type Actor = WorkflowActor & { id: string };
type Evidence = Record<string, unknown>;

/**
 * What was counted before a capital increase (counting rule 2): of an earlier project, that project and the
 * increases of it signed before; of an enterprise, every other project of it (or registered as it) signed before.
 */
async function countedBeforeIncrease(tx: Tx, project: Project): Promise<number> {
  const earlier = project.increaseOfProjectId
    ? or(eq(projects.id, project.increaseOfProjectId), eq(projects.increaseOfProjectId, project.increaseOfProjectId))
    : or(eq(projects.enterpriseId, project.enterpriseId), eq(projects.registeredEnterpriseId, project.enterpriseId));
  const rows = await tx
    .select({ kind: projects.kind, agreedAmountWan: projects.agreedAmountWan, baseAmountWan: projects.baseAmountWan })
    .from(projects)
    .where(and(earlier, ne(projects.id, project.id), isNotNull(projects.agreedAmountWan)));
  return amountCountedBefore(rows.map(countedAmountWan));
}

/** 注册: the enterprise holding the credit code, or a new one by the register's own create (its checks and audit). */
async function registeredEntity(tx: Tx, actor: Actor, project: Project, evidence: Evidence): Promise<string> {
  const creditCode = evidence.creditCode as string;
  const [existing] = await tx
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.creditCode, creditCode), isNull(enterprises.mergedIntoId)));
  if (existing) return existing.id;
  const name = (evidence.entityName as string | undefined)?.trim();
  if (!name) throw invalidInput([{ field: 'entityName', message: 'project.entityNameRequired' }]);
  if (!actor.permissions.includes('enterprise.edit')) throw forbidden();
  const created = await createEnterprise(tx, actor, {
    name,
    creditCode,
    industryCode: project.industryCode,
    regionCode: project.regionCode,
    confirmDuplicate: true,
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.options.fields) {
      throw new AppError(error.status, error.code, { ...error.options, fields: error.options.fields.map((f) => ({ ...f, field: f.field === 'name' ? 'entityName' : f.field })) });
    }
    throw error;
  });
  return created.id;
}

/** What a move's evidence writes on the project itself, besides its stage. */
async function factsOf(tx: Tx, actor: Actor, before: Project, action: string, evidence: Evidence | null): Promise<Partial<Project>> {
  const e = evidence ?? {};
  switch (action) {
    case 'sign':
      return {
        agreedAmountWan: e.amountWan as number,
        amountFileId: e.agreementFileId as string,
        capitalOrigin: e.capitalOrigin as Project['capitalOrigin'],
        baseAmountWan: before.kind === 'capitalIncrease' ? await countedBeforeIncrease(tx, before) : null,
      };
    case 'register':
      return { registeredEnterpriseId: await registeredEntity(tx, actor, before, e) };
    case 'beginConstruction':
      return { startedOn: e.startedOn as string };
    case 'produce':
      return { producingOn: e.producingOn as string };
    case 'reachCapacity':
      return { annualOutputWan: e.annualOutputWan as number, annualTaxWan: (e.annualTaxWan as number | undefined) ?? null, jobs: (e.jobs as number | undefined) ?? null };
    case 'hold':
      return { heldFromStage: before.stage as PipelineStage, holdReason: e.reason as string };
    case 'terminate':
      return { terminateReason: e.reason as string };
    default:
      // Back from hold.
      return action.startsWith('resume-') ? { heldFromStage: null, holdReason: null } : {};
  }
}

/**
 * Moves a project the actor sees (404 otherwise) and works (403) through the project workflow, which checks the
 * stage (409), the manager-only limit (403) and the evidence (400 naming each missing field; files must be on this
 * project) and writes nothing when it refuses. In the same transaction the evidence's facts are written on the
 * project (a first signing recorded as the counted one, the registered entity linked), and the stage's clock and
 * stall notice start again. Of two moves at once, the second waits for the first's lock and finds the stage moved.
 */
export async function moveProjectWithin(tx: Tx, actor: Actor, id: string, action: string, evidence: unknown): Promise<void> {
  const scope = await projectScopeOf(tx, actor);
  const visible = await findVisibleProject(tx, scope, id);
  if (!mayWorkProject(actor, scope, visible)) throw mayNotWorkProject();
  const [before] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  const applied = await applyTransition(tx, projectWorkflow, projectSubject, { recordId: id, action, actor, evidence, verifyAttachments: verifyRecordAttachments });
  const facts = await factsOf(tx, actor, before!, action, applied.evidence);
  await tx
    .update(projects)
    .set({ ...facts, stageEnteredAt: applied.transition.at, stallNotifiedEnteredAt: null, updatedAt: applied.transition.at })
    .where(eq(projects.id, id));
  if (action === 'sign') {
    const e = applied.evidence!;
    const eventId = await checkEventReference(tx, e.eventId as string | null | undefined);
    await tx.insert(projectSignings).values({
      projectId: id,
      signedOn: e.signedOn as string,
      amountWan: e.amountWan as number,
      capitalOrigin: e.capitalOrigin as Project['capitalOrigin'] & string,
      agreementFileId: e.agreementFileId as string,
      eventId,
      recordedById: actor.id,
      recordedByName: actor.name,
    });
  }
}

export async function moveProject(db: Db, actor: Actor, id: string, action: string, evidence: unknown, locale: Locale, rule: StallRule): Promise<ProjectDetail> {
  await db.transaction((tx) => moveProjectWithin(tx, actor, id, action, evidence));
  return getProject(db, actor, id, locale, rule);
}
