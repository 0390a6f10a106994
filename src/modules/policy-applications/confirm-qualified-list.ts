import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { eligibleEnterprises } from '../policies/eligibility/eligible-enterprises.ts';
import { automaticItem, computedAmounts } from './qualified-list.ts';
import { policyAutomaticConfirmations } from './schema.ts';
import type { ConfirmationView } from './schemas.ts';

/** Read a page at a time, so that a list of any length is confirmed whole. */
const pageSize = 1_000;

/**
 * Staff confirm an automatic item's data-qualified list as the data shows it now: the enterprises eligible, each
 * with the amount computed for it, kept with who confirmed it and when (audited). Payouts without application cite
 * it; a published policy's items only.
 */
export async function confirmQualifiedList(db: Db, actor: WorkflowActor & { id: string }, itemId: string): Promise<ConfirmationView> {
  const { item, policy } = await automaticItem(db, itemId);
  if (policy.state !== 'published') throw conflict('policyApplication.payout.policyNotPublished');
  const enterprises: { id: string; name: string }[] = [];
  for (let page = 1; ; page++) {
    const eligible = await eligibleEnterprises(db, itemId, { status: 'eligible', page, pageSize });
    enterprises.push(...eligible.items);
    if (page * pageSize >= eligible.total) break;
  }
  const amounts = await computedAmounts(db, item, enterprises.map((enterprise) => enterprise.id));
  const listed = enterprises.map((enterprise) => ({ enterpriseId: enterprise.id, name: enterprise.name, amountWan: amounts.get(enterprise.id) ?? null }));
  return db.transaction(async (tx) => {
    const [confirmation] = await tx
      .insert(policyAutomaticConfirmations)
      .values({ itemId, enterprises: listed, confirmedById: actor.id, confirmedByName: actor.name })
      .returning();
    await recordAudit(tx, actor, {
      entityType: 'policy-automatic-confirmation',
      entityId: confirmation!.id,
      action: 'create',
      after: { itemId, enterprises: listed.length, totalWan: listed.reduce((sum, entry) => sum + (entry.amountWan ?? 0), 0) },
    });
    return { id: confirmation!.id, confirmedByName: confirmation!.confirmedByName, confirmedAt: confirmation!.confirmedAt, enterprises: listed };
  });
}
