import type { Db } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getProject } from './get-project.ts';
import { assertProjectFile, lockSignedProject, setAgreedAmount } from './project-amount.ts';
import type { ChangeAmountInput, ProjectDetail } from './schemas.ts';
import type { StallRule } from './stall-rule.ts';

/** Changes a signed project's agreed amount, only with a reason (400 otherwise), kept in the amount history. */
export async function changeAmount(db: Db, actor: WorkflowActor & { id: string }, id: string, input: ChangeAmountInput, locale: Locale, rule: StallRule): Promise<ProjectDetail> {
  await db.transaction(async (tx) => {
    const project = await lockSignedProject(tx, actor, id);
    await assertProjectFile(tx, id, input.agreementFileId, 'agreementFileId');
    const changed = await setAgreedAmount(tx, actor, project, input.amountWan, input.reason, input.agreementFileId ?? null);
    if (!changed) throw invalidInput([{ field: 'amountWan', message: 'project.amountUnchanged' }]);
  });
  return getProject(db, actor, id, locale, rule);
}
