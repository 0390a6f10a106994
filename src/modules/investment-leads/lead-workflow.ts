import { z } from 'zod';
import { text } from '../../platform/http/schemas.ts';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';
import { leads, leadStatuses } from './schema.ts';

/** Who holds the lead after a move: stored with the transition, so the timeline shows whose it became. */
const ownerEvidence = z.object({ ownerId: z.uuid().nullable(), ownerName: z.string().nullable() });

/**
 * A lead's life: open while it is courted (claimed, assigned, released and returned to the pool on the way, each a
 * move that keeps it open), then converted or dropped with a reason; a dropped lead may be reopened. Who may
 * assign, release or move a given lead is the service's part (team leads are a matter of dates), checked first.
 */
export const leadWorkflow = defineWorkflow({
  name: 'lead',
  states: leadStatuses,
  initial: 'open',
  transitions: {
    claim: { from: ['open'], to: 'open', permission: 'lead.work', evidence: ownerEvidence },
    assign: { from: ['open'], to: 'open', evidence: ownerEvidence },
    release: { from: ['open'], to: 'open', evidence: ownerEvidence },
    returnToPool: { from: ['open'], to: 'open', permission: 'lead.returnToPool', evidence: ownerEvidence },
    convert: { from: ['open'], to: 'converted' },
    drop: { from: ['open'], to: 'dropped', evidence: z.object({ reason: text(1000).min(1) }) },
    reopen: { from: ['dropped'], to: 'open' },
  },
});

export const leadSubject = { kind: 'lead', table: leads, id: 'id', state: 'status' } as const;
