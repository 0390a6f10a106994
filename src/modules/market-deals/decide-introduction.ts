import { and, eq } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { demands, listings } from '../market/schema.ts';
import { visibleIntroductions } from './deal-policy.ts';
import { dealLink, introductionLink, notifyDealParties } from './deal-notices.ts';
import { dealSubject, dealWorkflow } from './deal-workflow.ts';
import { deals, introductions, type DeclineReason, type IntroductionRow } from './schema.ts';

export type Decision = { accept: true } | { accept: false; reason: DeclineReason; text: string };

/**
 * The listing's owner, or a proposed demand's owner, accepts or declines an introduction waiting for them; the
 * operator brokers but does not decide for an owner (403). Accepted by every side asked, the introduction becomes a
 * deal at 意向, started in the same transaction; declined by either, it is over and the party may ask again.
 * Either way both organisations and the operators are told.
 */
export async function decideIntroduction(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor,
  id: string,
  decision: Decision,
): Promise<IntroductionRow> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(introductions)
      .where(and(eq(introductions.id, id), visibleIntroductions(actor)))
      .for('update');
    if (!locked) throw notFound();
    const [listing] = await tx.select().from(listings).where(eq(listings.id, locked.listingId));
    const [demand] = locked.demandId ? await tx.select().from(demands).where(eq(demands.id, locked.demandId)) : [];
    const decidesListing = actor.enterpriseId === listing!.ownerId && !locked.listingAcceptedAt;
    const decidesDemand = !!demand && actor.enterpriseId === demand.ownerId && !locked.demandAcceptedAt;
    if (locked.state !== 'requested') throw conflict('deal.notPending', { state: locked.state });
    if (!decidesListing && !decidesDemand) throw new AppError(403, 'deal.notYourDecision');

    const now = new Date();
    const changes = decision.accept
      ? {
          listingAcceptedAt: decidesListing ? now : locked.listingAcceptedAt,
          demandAcceptedAt: decidesDemand ? now : locked.demandAcceptedAt,
        }
      : { state: 'declined' as const, declineReason: decision.reason, declineText: decision.text || null, decidedAt: now };
    const accepted = decision.accept && changes.listingAcceptedAt !== null && (!demand || changes.demandAcceptedAt !== null);
    const [updated] = await tx
      .update(introductions)
      .set({ ...changes, ...(accepted ? { state: 'accepted' as const, decidedAt: now } : {}), updatedAt: now })
      .where(eq(introductions.id, id))
      .returning();
    await recordAudit(tx, actor, {
      entityType: 'introduction',
      entityId: id,
      action: decision.accept ? 'accept' : 'decline',
      before: { state: locked.state },
      after: { state: updated!.state, side: decidesListing ? 'listing' : 'demand', ...(decision.accept ? {} : { reason: decision.reason, text: decision.text }) },
    });

    const parties = { organisationIds: [listing!.ownerId, locked.partyId], brokers: true, actorId: actor.id };
    if (accepted) {
      const [deal] = await tx
        .insert(deals)
        .values({ introductionId: id, listingId: listing!.id, demandId: demand?.id ?? null, sellerId: listing!.ownerId, buyerId: locked.partyId })
        .returning();
      await startWorkflow(tx, dealWorkflow, dealSubject, { recordId: deal!.id, actor });
      await notifyDealParties(tx, ctx, permissionTable, parties, {
        kind: 'introduction.accepted',
        message: 'deal.notice.accepted',
        params: { title: listing!.title },
        link: dealLink(deal!.id),
        record: { kind: 'deal', id: deal!.id },
      });
    } else if (!decision.accept) {
      await notifyDealParties(tx, ctx, permissionTable, parties, {
        kind: 'introduction.declined',
        message: 'deal.notice.declined',
        params: { title: listing!.title },
        link: introductionLink(id),
        record: { kind: 'introduction', id },
      });
    }
    return updated!;
  });
}
