import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import type { listingKind, MarketRecordKind } from './market-kinds.ts';
import { notifyMarket } from './market-notices.ts';
import { listings, type DemandRow, type ListingRow } from './schema.ts';

type RowOf<K extends MarketRecordKind> = K['table']['$inferSelect'];

/**
 * Queued in the transaction that publishes a listing, with `{ listingId }`: the matching module (market-matching)
 * tells the owners of the open demands it answers, and its owner of them. Queued with the approval, it runs only if
 * the approval commits.
 */
export const listingPublishedJob = 'market.listing-published';

/**
 * What a transition changes on the record besides its state, and whom it tells, in the transition's transaction:
 * publication (approve, renew) runs for the configured days from now, and the reminder is due again; a rejection's
 * reason is kept for the owner to read until the next submission, whose time is kept; a withdrawn record taken back
 * to draft has no publication period until it is approved again. A record withdrawn or taken back to draft by
 * someone outside its owner organisation (the operator) is news to the owner, who is told.
 */
export async function afterTransition<K extends MarketRecordKind>(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  kind: K,
  record: RowOf<K>,
  action: string,
  evidence: Record<string, unknown> | null,
  actor: WorkflowActor | null = null,
): Promise<RowOf<K>> {
  // Both tables have the columns set here; the listing's table type stands for either.
  const table = kind.table as typeof listings;
  const changes =
    action === 'approve' || action === 'renew'
      ? { expiresAt: sql`now() + make_interval(days => ${ctx.config.market.publicationDays})`, remindedExpiresAt: null }
      : action === 'reject'
        ? { rejectionReason: String(evidence?.reason) }
        : action === 'submit'
          ? { rejectionReason: null, submittedAt: sql`clock_timestamp()` }
          : action === 'redraft'
            ? { expiresAt: null, remindedExpiresAt: null }
            : {};
  const [updated] = (await tx
    .update(table)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(table.id, record.id))
    .returning()) as RowOf<K>[];
  const row = updated! as ListingRow | DemandRow;
  if (action === 'submit') await notifyMarket(tx, ctx, kind.kind, 'submitted', row);
  if (action === 'approve') await notifyMarket(tx, ctx, kind.kind, 'approved', row);
  if (action === 'approve' && kind.kind === 'listing') await ctx.jobs.send(listingPublishedJob, { listingId: row.id }, { within: tx });
  if (action === 'reject') await notifyMarket(tx, ctx, kind.kind, 'rejected', row, { reason: row.rejectionReason ?? '' });
  if (action === 'expire') await notifyMarket(tx, ctx, kind.kind, 'expired', row);
  if ((action === 'withdraw' || action === 'redraft') && actor && actor.enterpriseId !== row.ownerId) {
    await notifyMarket(tx, ctx, kind.kind, action === 'withdraw' ? 'withdrawn' : 'redrafted', row);
  }
  return updated!;
}

/**
 * Takes a workflow action on a record the actor may see (404 otherwise, as for a missing one); the workflow
 * checks state, permission, ownership and evidence, and a refusal changes nothing.
 */
export async function takeMarketAction<K extends MarketRecordKind>(
  db: DbOrTx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  kind: K,
  request: { actor: WorkflowActor; recordId: string; action: string; evidence?: unknown },
): Promise<RowOf<K>> {
  return db.transaction(async (tx) => {
    await kind.policy.findVisible(tx, request.actor, request.recordId);
    // Listings and demands share the columns the workflow reads; the listing's subject type stands for either.
    const subject = kind.subject as typeof listingKind.subject;
    const applied = await applyTransition(tx, kind.workflow, subject, request);
    return afterTransition(tx, ctx, kind, applied.record as RowOf<K>, request.action, applied.evidence, request.actor);
  });
}
