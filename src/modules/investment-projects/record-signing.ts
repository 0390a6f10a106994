import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { checkEventReference } from '../investment-events/check-event.ts';
import { resigningDateProblem } from './counting-rules.ts';
import { getProject } from './get-project.ts';
import { assertProjectFile, lockSignedProject, setAgreedAmount } from './project-amount.ts';
import { firstSignedOn } from './project-records.ts';
import { projects, projectSignings } from './schema.ts';
import type { ProjectDetail, ResignInput } from './schemas.ts';
import type { StallRule } from './stall-rule.ts';

/**
 * Records a re-signing (a new or supplementary agreement) of a signed project: kept and shown, never counted again
 * (counting rule 1), and not dated before the first signing. A different amount needs a reason and goes into the
 * amount history (rule 3); the new agreement backs the amount from now on.
 */
export async function recordSigning(db: Db, actor: WorkflowActor & { id: string }, id: string, input: ResignInput, locale: Locale, rule: StallRule): Promise<ProjectDetail> {
  await db.transaction(async (tx) => {
    const project = await lockSignedProject(tx, actor, id);
    const [first] = await tx.select({ on: firstSignedOn }).from(projects).where(eq(projects.id, id));
    const problem = resigningDateProblem(first?.on ?? null, input.signedOn);
    if (problem) throw invalidInput([{ field: 'signedOn', message: problem }]);
    await assertProjectFile(tx, id, input.agreementFileId, 'agreementFileId');
    const eventId = await checkEventReference(tx, input.eventId);
    await setAgreedAmount(tx, actor, project, input.amountWan, input.reason, input.agreementFileId);
    const [signing] = await tx
      .insert(projectSignings)
      .values({
        projectId: id,
        signedOn: input.signedOn,
        amountWan: input.amountWan,
        capitalOrigin: input.capitalOrigin,
        agreementFileId: input.agreementFileId,
        eventId,
        recordedById: actor.id,
        recordedByName: actor.name,
      })
      .returning();
    await tx.update(projects).set({ capitalOrigin: input.capitalOrigin }).where(eq(projects.id, id));
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'resign', after: { signingId: signing!.id, signedOn: input.signedOn, amountWan: input.amountWan, capitalOrigin: input.capitalOrigin, eventId } });
  });
  return getProject(db, actor, id, locale, rule);
}
