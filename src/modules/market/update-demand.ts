import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { checkFields } from './check-market-input.ts';
import { checkDemandShape, demandSearchText } from './create-demand.ts';
import { demandPolicy } from './demand-policy.ts';
import { demands, type DemandRow } from './schema.ts';
import type { UpdateDemandInput } from './schemas.ts';

/** Changes the fields given of a draft demand (its owner's or, for them, a reviewer's). */
export async function updateDemand(db: DbOrTx, actor: WorkflowActor, id: string, changes: UpdateDemandInput): Promise<DemandRow> {
  return db.transaction(async (tx) => {
    const before = await demandPolicy.lockEditable(tx, actor, id);
    const next = { ...before, ...changes };
    checkDemandShape(next);
    if (changes.fieldIds) await checkFields(tx, changes.fieldIds.filter((fieldId) => !before.fieldIds.includes(fieldId)), 'fieldIds');
    const [after] = await tx
      .update(demands)
      .set({ ...changes, searchText: demandSearchText(next), updatedAt: new Date() })
      .where(eq(demands.id, id))
      .returning();
    const withoutSecret = (row: DemandRow) => ({ ...row, confidentialDetails: undefined });
    await recordAudit(tx, actor, { entityType: 'demand', entityId: id, action: 'update', before: withoutSecret(before), after: withoutSecret(after!) });
    return after!;
  });
}
