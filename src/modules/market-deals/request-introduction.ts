import { and, eq, inArray } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demandPolicy } from '../market/demand-policy.ts';
import { listingPolicy } from '../market/listing-policy.ts';
import type { DemandRow, ListingRow } from '../market/schema.ts';
import { introductionLink, notifyDealParties } from './deal-notices.ts';
import { introductions, type IntroductionRow } from './schema.ts';

const openStates = ['requested', 'accepted'] as const;

/** A published listing the actor sees, not the party's own; 404 if unseen, 409 otherwise. */
export async function introducibleListing(tx: Tx, actor: WorkflowActor, listingId: string, partyId: string): Promise<ListingRow> {
  const listing = await listingPolicy.findVisible(tx, actor, listingId);
  if (listing.state !== 'published') throw conflict('deal.listingNotPublished', { state: listing.state });
  if (listing.ownerId === partyId) throw conflict('deal.ownListing');
  return listing;
}

/**
 * Inserts the introduction unless the party has an open one to the listing, in which case that one is the answer:
 * the unique index on open introductions makes simultaneous requests wait for each other and create one row.
 */
export async function insertIntroduction(
  tx: Tx,
  actor: WorkflowActor,
  values: Pick<IntroductionRow, 'listingId' | 'demandId' | 'partyId' | 'origin' | 'message' | 'demandAcceptedAt'>,
): Promise<{ row: IntroductionRow; created: boolean }> {
  const [inserted] = await tx
    .insert(introductions)
    .values({ ...values, createdBy: actor.id })
    .onConflictDoNothing({ target: [introductions.listingId, introductions.partyId], where: inArray(introductions.state, [...openStates]) })
    .returning();
  if (inserted) {
    await recordAudit(tx, actor, { entityType: 'introduction', entityId: inserted.id, action: values.origin, after: values });
    return { row: inserted, created: true };
  }
  const [existing] = await tx
    .select()
    .from(introductions)
    .where(and(eq(introductions.listingId, values.listingId), eq(introductions.partyId, values.partyId), inArray(introductions.state, [...openStates])));
  if (!existing) throw new Error('an open introduction blocked the insert but cannot be read');
  return { row: existing, created: false };
}

/**
 * An enterprise or investor asks for an introduction to a published listing for its own organisation, optionally
 * about one of its own published demands (another's answers 404). Naming the demand is its owner's consent to show its
 * confidential details to the listing's owner once that owner accepts. A second request while one is open answers
 * the open one (created: false). Tells the listing's owner and the operators.
 */
export async function requestIntroduction(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor,
  body: { listingId: string; demandId?: string | null; message: string },
): Promise<{ row: IntroductionRow; created: boolean }> {
  const partyId = actor.enterpriseId;
  if (!partyId) throw new AppError(403, 'deal.noOrganisation');
  return db.transaction(async (tx) => {
    const listing = await introducibleListing(tx, actor, body.listingId, partyId);
    let demand: DemandRow | null = null;
    if (body.demandId) {
      demand = await demandPolicy.findVisible(tx, actor, body.demandId);
      if (!demandPolicy.owns(actor, demand)) throw notFound();
      // The listing's owner will read its public part: a draft is not yet for anyone else's eyes.
      if (demand.state !== 'published') throw conflict('deal.demandNotPublished', { state: demand.state });
    }
    const result = await insertIntroduction(tx, actor, {
      listingId: listing.id,
      demandId: demand?.id ?? null,
      partyId,
      origin: 'request',
      message: body.message,
      demandAcceptedAt: demand ? new Date() : null,
    });
    if (result.created) {
      const [party] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, partyId));
      await notifyDealParties(tx, ctx, permissionTable, { organisationIds: [listing.ownerId], brokers: true, actorId: actor.id }, {
        kind: 'introduction.requested',
        message: 'deal.notice.requested',
        params: { party: party?.name ?? '', title: listing.title },
        link: introductionLink(result.row.id),
        record: { kind: 'introduction', id: result.row.id },
      });
    }
    return result;
  });
}
