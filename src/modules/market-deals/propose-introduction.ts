import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { demandPolicy } from '../market/demand-policy.ts';
import { introductionLink, notifyDealParties } from './deal-notices.ts';
import { insertIntroduction, introducibleListing } from './request-introduction.ts';
import type { IntroductionRow } from './schema.ts';

/**
 * The operator proposes an introduction between a published listing and a published demand; both owners decide,
 * so the demand's confidential details go to the listing's owner only if the demand's owner accepts. If the
 * demand's owner already has one open to the listing, that one is the answer (created: false).
 */
export async function proposeIntroduction(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor,
  body: { listingId: string; demandId: string; message: string },
): Promise<{ row: IntroductionRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const demand = await demandPolicy.findVisible(tx, actor, body.demandId);
    if (demand.state !== 'published') throw conflict('deal.demandNotPublished', { state: demand.state });
    const listing = await introducibleListing(tx, actor, body.listingId, demand.ownerId);
    const result = await insertIntroduction(tx, actor, {
      listingId: listing.id,
      demandId: demand.id,
      partyId: demand.ownerId,
      origin: 'proposal',
      message: body.message,
      demandAcceptedAt: null,
    });
    if (result.created) {
      await notifyDealParties(tx, ctx, permissionTable, { organisationIds: [listing.ownerId, demand.ownerId], brokers: false, actorId: actor.id }, {
        kind: 'introduction.proposed',
        message: 'deal.notice.proposed',
        params: { title: listing.title, demand: demand.title },
        link: introductionLink(result.row.id),
        record: { kind: 'introduction', id: result.row.id },
      });
    }
    return result;
  });
}
