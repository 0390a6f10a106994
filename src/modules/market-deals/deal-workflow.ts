import { z } from 'zod';
import { defineWorkflow, type WorkflowActor, type WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { TRANSACTION_MODES } from '../matching/types.ts';
import { isBroker, sideOf } from './deal-policy.ts';
import { dealStates, deals, type DealRow } from './schema.ts';

const brokerOrParty = (actor: WorkflowActor, deal: DealRow) => sideOf(actor, deal) !== null;
const brokerOrSeller = (actor: WorkflowActor, deal: DealRow) => isBroker(actor) || sideOf(actor, deal) === 'seller';

export const signEvidence = z.object({
  /** Contract amount in 万元. */
  amountWan: z.number().positive().max(100_000_000),
  signedOn: z.iso.date(),
  mode: z.enum(TRANSACTION_MODES),
  /** The signed contract, uploaded to the deal first (attachment kind `deal`). */
  contractFileId: z.uuid(),
});
export const registerEvidence = z.object({ registrationNumber: z.string().trim().min(1).max(60) });
export const closeEvidence = z.object({ reason: z.string().trim().min(1).max(2000) });

/**
 * A deal's stages, from the introduction's acceptance: 意向 (intent) → 洽谈 (negotiation) → 签约 (signed: amount,
 * date, mode and the contract file) → 技术合同登记 (registered: the registration number) → 履约完成 (completed), or
 * closed with a reason before completion. Who moves it: either party or the operator opens negotiation, records
 * the signing and closes; the seller (who files the technology contract for registration) or the operator records
 * the registration; only the operator, as the broker who follows it up, confirms completion.
 */
export const dealWorkflow = defineWorkflow({
  name: 'deal',
  states: dealStates,
  initial: 'intent',
  transitions: {
    negotiate: { from: ['intent'], to: 'negotiation', permission: 'deal.read', guard: brokerOrParty },
    sign: {
      from: ['negotiation'],
      to: 'signed',
      permission: 'deal.read',
      guard: brokerOrParty,
      evidence: signEvidence,
      attachmentFields: ['contractFileId'],
    },
    register: { from: ['signed'], to: 'registered', permission: 'deal.read', guard: brokerOrSeller, evidence: registerEvidence },
    complete: { from: ['registered'], to: 'completed', permission: 'deal.broker' },
    close: { from: ['intent', 'negotiation', 'signed', 'registered'], to: 'closed', permission: 'deal.read', guard: brokerOrParty, evidence: closeEvidence },
  },
});

export const dealSubject = { kind: 'deal', table: deals, id: 'id', state: 'state' } as const satisfies WorkflowSubject<typeof deals>;
