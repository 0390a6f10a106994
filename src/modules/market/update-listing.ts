import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { checkFields, marketSearchText } from './check-market-input.ts';
import { listingPolicy } from './listing-policy.ts';
import { listings, type ListingRow } from './schema.ts';
import type { UpdateListingInput } from './schemas.ts';

/** Changes the fields given of a draft listing (its owner's or, for them, a reviewer's). */
export async function updateListing(db: DbOrTx, actor: WorkflowActor, id: string, changes: UpdateListingInput): Promise<ListingRow> {
  return db.transaction(async (tx) => {
    const before = await listingPolicy.lockEditable(tx, actor, id);
    if (changes.fieldId && changes.fieldId !== before.fieldId) await checkFields(tx, [changes.fieldId], 'fieldId');
    const next = { ...before, ...changes };
    const [after] = await tx
      .update(listings)
      .set({ ...changes, searchText: marketSearchText([next.title, next.summary, ...next.keywords]), updatedAt: new Date() })
      .where(eq(listings.id, id))
      .returning();
    await recordAudit(tx, actor, { entityType: 'listing', entityId: id, action: 'update', before, after });
    return after!;
  });
}
