import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { checkFields, marketSearchText, ownerOfNewRecord } from './check-market-input.ts';
import { listingPolicy } from './listing-policy.ts';
import { listingKind } from './market-kinds.ts';
import { listingWorkflow } from './market-workflow.ts';
import { listings, type ListingRow } from './schema.ts';
import type { CreateListingInput } from './schemas.ts';


/** A new listing, a draft of its owner organisation, its workflow started in the same transaction. */
export async function createListing(db: DbOrTx, actor: WorkflowActor, input: CreateListingInput): Promise<ListingRow> {
  return db.transaction(async (tx) => {
    const { ownerId: requestedOwner, ...fields } = input;
    const ownerId = await ownerOfNewRecord(tx, listingPolicy, actor, requestedOwner);
    if (fields.fieldId) await checkFields(tx, [fields.fieldId], 'fieldId');
    const [created] = await tx
      .insert(listings)
      .values({
        ...fields,
        ownerId,
        state: listingWorkflow.initial,
        searchText: marketSearchText([fields.title, fields.summary, ...(fields.keywords ?? [])]),
        createdBy: actor.id,
      })
      .returning();
    await startWorkflow(tx, listingWorkflow, listingKind.subject, { recordId: created!.id, actor });
    await recordAudit(tx, actor, { entityType: 'listing', entityId: created!.id, action: 'create', after: created });
    return created!;
  });
}
