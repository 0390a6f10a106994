import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { checkFields, marketSearchText, ownerOfNewRecord } from './check-market-input.ts';
import { demandPolicy } from './demand-policy.ts';
import { demandKind } from './market-kinds.ts';
import { demandWorkflow } from './market-workflow.ts';
import { demands, type DemandRow } from './schema.ts';
import type { CreateDemandInput } from './schemas.ts';


/** The rules across a demand's fields, checked on the record as it will be after a create or a change. */
export function checkDemandShape(demand: Pick<DemandRow, 'kind' | 'fieldIds' | 'ticketMinWan' | 'ticketMaxWan'>): void {
  const problems: FieldError[] = [];
  // A technology demand names the one field its problem is in; an investor may follow several.
  if (demand.kind === 'technology' && demand.fieldIds.length > 1) problems.push({ field: 'fieldIds', message: 'market.oneField' });
  if (demand.ticketMinWan !== null && demand.ticketMaxWan !== null && demand.ticketMinWan > demand.ticketMaxWan) {
    problems.push({ field: 'ticketMinWan', message: 'market.ticketRange' });
  }
  if (problems.length) throw invalidInput(problems);
}

/** The public words a demand is found by: never its confidential details. */
export function demandSearchText(demand: Pick<DemandRow, 'title' | 'summary' | 'targets'>): string {
  return marketSearchText([demand.title, demand.summary, demand.targets]);
}

/** A new demand, a draft of its owner organisation, its workflow started in the same transaction. */
export async function createDemand(db: DbOrTx, actor: WorkflowActor, input: CreateDemandInput): Promise<DemandRow> {
  return db.transaction(async (tx) => {
    const { ownerId: requestedOwner, ...fields } = input;
    checkDemandShape({ kind: fields.kind, fieldIds: fields.fieldIds ?? [], ticketMinWan: fields.ticketMinWan ?? null, ticketMaxWan: fields.ticketMaxWan ?? null });
    const ownerId = await ownerOfNewRecord(tx, demandPolicy, actor, requestedOwner);
    await checkFields(tx, fields.fieldIds ?? [], 'fieldIds');
    const [created] = await tx
      .insert(demands)
      .values({
        ...fields,
        ownerId,
        state: demandWorkflow.initial,
        searchText: demandSearchText({ title: fields.title, summary: fields.summary, targets: fields.targets ?? '' }),
        createdBy: actor.id,
      })
      .returning();
    await startWorkflow(tx, demandWorkflow, demandKind.subject, { recordId: created!.id, actor });
    // The confidential details stay out of the audit trail, which other staff read.
    await recordAudit(tx, actor, { entityType: 'demand', entityId: created!.id, action: 'create', after: { ...created, confidentialDetails: undefined } });
    return created!;
  });
}
