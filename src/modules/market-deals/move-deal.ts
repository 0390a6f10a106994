import { eq } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { listings } from '../market/schema.ts';
import { verifyRecordAttachments } from '../../platform/attachments/verify-record-attachments.ts';
import { dealLink, notifyDealParties } from './deal-notices.ts';
import { findVisibleDeal } from './deal-records.ts';
import { dealSubject, dealWorkflow } from './deal-workflow.ts';
import { stageNotice } from './messages.ts';
import { deals, type DealRow } from './schema.ts';

/** What a transition's evidence writes on the deal itself. */
function factsOf(action: string, evidence: Record<string, unknown> | null): Partial<DealRow> {
  if (!evidence) return {};
  if (action === 'sign') {
    return { amountWan: evidence.amountWan as number, signedOn: evidence.signedOn as string, mode: evidence.mode as DealRow['mode'], contractFileId: evidence.contractFileId as string };
  }
  if (action === 'register') return { registrationNumber: evidence.registrationNumber as string };
  if (action === 'close') return { closeReason: evidence.reason as string };
  return {};
}

/**
 * Moves a deal the actor sees (404 otherwise) to its next stage through the deal workflow, which checks the stage,
 * the actor and the evidence (a contract file must be on this deal) and changes nothing when it refuses; the
 * evidence's facts are written on the deal and both parties and the operators told, in the same transaction.
 */
export async function moveDeal(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor,
  id: string,
  action: string,
  evidence: unknown,
): Promise<void> {
  await findVisibleDeal(db, actor, id);
  await db.transaction(async (tx) => {
    const applied = await applyTransition(tx, dealWorkflow, dealSubject, { recordId: id, action, actor, evidence, verifyAttachments: verifyRecordAttachments });
    const [deal] = await tx
      .update(deals)
      .set({ ...factsOf(action, applied.evidence), updatedAt: new Date() })
      .where(eq(deals.id, id))
      .returning();
    const [listing] = await tx.select({ title: listings.title }).from(listings).where(eq(listings.id, deal!.listingId));
    await notifyDealParties(tx, ctx, permissionTable, { organisationIds: [deal!.sellerId, deal!.buyerId], brokers: true, actorId: actor.id }, {
      kind: 'deal.moved',
      message: stageNotice(deal!.state),
      params: { title: listing!.title, reason: deal!.closeReason ?? '' },
      link: dealLink(id),
      record: { kind: 'deal', id },
    });
  });
}
