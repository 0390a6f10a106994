import { z } from 'zod';
import type { Permission } from '../../platform/auth/permissions.ts';
import { defineWorkflow, type WorkflowActor } from '../../platform/workflow/workflow.ts';
import { marketStates } from './schema.ts';

/** The record kinds of the market; each names its permissions `<kind>.write|review|expire`. */
export type MarketKind = 'listing' | 'demand';

export const rejectionEvidence = z.object({ reason: z.string().trim().min(1).max(2000) });

/**
 * The one review-and-publication workflow of market records: the owner drafts and submits, an operator approves
 * (published until it expires) or rejects with a reason (back to draft, the reason shown to the owner); the owner
 * or an operator withdraws or renews, and the daily job expires. Renewing an expired record needs no new review:
 * a record changes only while a draft, so it is what was approved. A withdrawn record goes back to draft (redraft)
 * for the owner to change and submit again, by the same hands that withdraw. Listings and demands each get one, with
 * their own permissions.
 */
export function marketWorkflow(kind: MarketKind) {
  const write: Permission = `${kind}.write`;
  const review: Permission = `${kind}.review`;
  const ownerOrReviewer = (actor: WorkflowActor, record: { ownerId: string }) =>
    actor.permissions.includes(review) || (actor.enterpriseId !== null && actor.enterpriseId === record.ownerId);
  return defineWorkflow({
    name: kind,
    states: marketStates,
    initial: 'draft',
    transitions: {
      submit: { from: ['draft'], to: 'submitted', permission: write, guard: ownerOrReviewer },
      approve: { from: ['submitted'], to: 'published', permission: review },
      reject: { from: ['submitted'], to: 'draft', permission: review, evidence: rejectionEvidence },
      withdraw: { from: ['submitted', 'published'], to: 'withdrawn', permission: write, guard: ownerOrReviewer },
      redraft: { from: ['withdrawn'], to: 'draft', permission: write, guard: ownerOrReviewer },
      renew: { from: ['published', 'expired'], to: 'published', permission: write, guard: ownerOrReviewer },
      expire: { from: ['published'], to: 'expired', permission: `${kind}.expire` },
    },
  });
}

export type MarketWorkflow = ReturnType<typeof marketWorkflow>;
export const listingWorkflow = marketWorkflow('listing');
export const demandWorkflow = marketWorkflow('demand');
