import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { dealSubject, dealWorkflow } from './deal-workflow.ts';
import { deals, introductions } from './schema.ts';

/** Every deal's stages on the timelines of both its seller and its buyer. */
export const dealTimelineSource: TimelineSource = transitionTimelineSource(dealWorkflow, dealSubject, {
  titlePrefix: 'deal.timeline',
  recordIds: (ids) => sql`SELECT ${deals.id}::text FROM ${deals} WHERE ${deals.sellerId}::text IN ${ids} OR ${deals.buyerId}::text IN ${ids}`,
});

/**
 * A merged-away organisation's introductions and deals belong to the survivor. Two open introductions to one
 * listing would then be one organisation's twice: the one still waiting is declined (reason `other`, which the
 * qrels export leaves out) so the other, possibly accepted, stands; if both were accepted, each has its deal, and
 * the duplicate's introduction stays on the merged-away record while its deal moves.
 */
export const moveDealParties: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const otherOpen = (party: string, state: string) => sql`EXISTS (
    SELECT 1 FROM ${introductions} other WHERE other.party_id = ${party} AND other.listing_id = ${introductions.listingId} AND other.state = ANY(${state}::text[]))`;
  const declined = [
    ...(await tx
      .update(introductions)
      .set({ state: 'declined', declineReason: 'other', decidedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(introductions.partyId, survivorId), eq(introductions.state, 'requested'), otherOpen(duplicateId, '{accepted}')))
      .returning({ id: introductions.id })),
    ...(await tx
      .update(introductions)
      .set({ state: 'declined', declineReason: 'other', decidedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(introductions.partyId, duplicateId), eq(introductions.state, 'requested'), otherOpen(survivorId, '{requested,accepted}')))
      .returning({ id: introductions.id })),
  ];
  const moved = await tx
    .update(introductions)
    .set({ partyId: survivorId, updatedAt: new Date() })
    .where(and(eq(introductions.partyId, duplicateId), sql`NOT (${introductions.state} = 'accepted' AND ${otherOpen(survivorId, '{accepted}')})`))
    .returning({ id: introductions.id });
  const sold = await tx.update(deals).set({ sellerId: survivorId, updatedAt: new Date() }).where(eq(deals.sellerId, duplicateId)).returning({ id: deals.id });
  const bought = await tx.update(deals).set({ buyerId: survivorId, updatedAt: new Date() }).where(eq(deals.buyerId, duplicateId)).returning({ id: deals.id });
  const moves = { before: { enterpriseId: duplicateId }, after: { enterpriseId: survivorId } };
  await recordAudit(tx, actor, [
    ...declined.map(({ id }) => ({ entityType: 'introduction', entityId: id, action: 'decline-merged', ...moves })),
    ...moved.map(({ id }) => ({ entityType: 'introduction', entityId: id, action: 'move-enterprise', ...moves })),
    ...[...sold, ...bought].map(({ id }) => ({ entityType: dealSubject.kind, entityId: id, action: 'move-enterprise', ...moves })),
  ]);
};
