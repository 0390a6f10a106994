import { z } from 'zod';
import { text } from '../../platform/http/schemas.ts';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';
import { leaseStates, siteLeases } from './schema.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
const squareMetres = z.number().positive().max(10_000_000);

/** 签约: the day, the term, the area leased and, when known, the rent. */
export const signEvidence = z
  .object({
    signedOn: day,
    termFrom: day,
    termTo: day,
    area: squareMetres.describe('Square metres leased; at most the unit’s area'),
    monthlyRent: z.number().min(0).max(1_000_000_000).nullable().optional().describe('Yuan a month'),
  })
  .refine((evidence) => !evidence.termFrom || !evidence.termTo || evidence.termTo >= evidence.termFrom, { message: 'site.lease.termOrder', path: ['termTo'] });

export const fitOutEvidence = z.object({ fitOutOn: day });
export const openEvidence = z.object({ openedOn: day });
export const cancelEvidence = z.object({ reason: text(1000).min(1) });
export const endEvidence = z.object({ endedOn: day, reason: text(1000).min(1) });

/**
 * A lease's life: an intent (意向) is signed (签约) with its term and area, the tenant fits the unit out (装修) and
 * opens (开业); an intent may be cancelled, a signed lease ends (terminated, or its term over) on a day with a
 * reason. Who may move a lease is the site's rule (its managers), checked by the service first.
 */
export const leaseWorkflow = defineWorkflow({
  name: 'site-lease',
  states: leaseStates,
  initial: 'intent',
  transitions: {
    sign: { from: ['intent'], to: 'signed', evidence: signEvidence },
    fitOut: { from: ['signed'], to: 'fitting-out', evidence: fitOutEvidence },
    open: { from: ['signed', 'fitting-out'], to: 'open', evidence: openEvidence },
    cancel: { from: ['intent'], to: 'cancelled', evidence: cancelEvidence },
    end: { from: ['signed', 'fitting-out', 'open'], to: 'ended', evidence: endEvidence },
  },
});

export const leaseActions = ['sign', 'fitOut', 'open', 'cancel', 'end'] as const;
export type LeaseAction = (typeof leaseActions)[number];

export const leaseSubject = { kind: 'site-lease', table: siteLeases, id: 'id', state: 'state' } as const;
