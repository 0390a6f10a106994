import { eq } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { listings } from '../market/schema.ts';
import { dealLink, notifyDealParties } from './deal-notices.ts';
import { sideOf } from './deal-policy.ts';
import { findVisibleDeal } from './deal-records.ts';
import { dealMessages, deals } from './schema.ts';

/**
 * Adds a message to a deal's thread from a party or the operator (404 for anyone else); a closed or completed deal
 * takes none (409). Tells the other side and the operators.
 */
export async function postDealMessage(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor,
  id: string,
  body: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const deal = await findVisibleDeal(tx, actor, id);
    if (deal.state === 'closed' || deal.state === 'completed') throw conflict('deal.closedNoMessages', { state: deal.state });
    const side = sideOf(actor, deal)!;
    await tx.insert(dealMessages).values({ dealId: id, authorId: actor.id, authorName: actor.name, side, body });
    await tx.update(deals).set({ updatedAt: new Date() }).where(eq(deals.id, id));
    const [listing] = await tx.select({ title: listings.title }).from(listings).where(eq(listings.id, deal.listingId));
    await notifyDealParties(tx, ctx, permissionTable, { organisationIds: [deal.sellerId, deal.buyerId], brokers: true, actorId: actor.id }, {
      kind: 'deal.message',
      message: 'deal.notice.message',
      params: { author: actor.name, title: listing!.title },
      link: dealLink(id),
      record: { kind: 'deal', id },
    });
  });
}
