import { z } from 'zod';
import { text } from '../../platform/http/schemas.ts';
import type { WorkflowTransition } from '../../platform/workflow/schema.ts';
import { defineWorkflow, type WorkflowActor, type WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { applicationStates, policyApplications, type PolicyApplication } from './schema.ts';

/** Whether the actor speaks for the application's enterprise (one of its own users). */
export const isApplicant = (actor: WorkflowActor, application: Pick<PolicyApplication, 'enterpriseId'>) =>
  actor.enterpriseId !== null && actor.enterpriseId === application.enterpriseId && actor.permissions.includes('policyApplication.apply');

const amountWan = z.number().finite().positive().max(1_000_000).describe('万元');
const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');

/** What the enterprise submits: its statement, and which uploaded file is which of the item's required files. */
const submission = z.object({
  statement: text(4000).optional(),
  files: z
    .array(z.object({ requiredFile: text(200).min(1), attachmentId: z.uuid() }))
    .max(50)
    .default([])
    .describe("Each of the item's required files named by one or more files uploaded to the application"),
});

/**
 * 快申快享 as a workflow: the enterprise submits (and resubmits after a return) and may withdraw before review; the
 * policy office accepts (受理), approves with an amount (审核), publicizes (公示, until a day), or returns it with
 * reasons, or rejects it (不予支持, also after an objection during 公示); paying (兑现) is recording the payout,
 * with its voucher.
 */
export const policyApplicationWorkflow = defineWorkflow({
  name: 'policy-application',
  states: applicationStates,
  initial: 'draft',
  transitions: {
    submit: { from: ['draft'], to: 'submitted', guard: (actor, application: PolicyApplication) => isApplicant(actor, application), evidence: submission },
    resubmit: { from: ['returned'], to: 'submitted', guard: (actor, application: PolicyApplication) => isApplicant(actor, application), evidence: submission },
    withdraw: {
      from: ['draft', 'submitted', 'accepted', 'returned'],
      to: 'withdrawn',
      guard: (actor, application: PolicyApplication) => isApplicant(actor, application),
    },
    accept: { from: ['submitted'], to: 'accepted', permission: 'policyApplication.review' },
    return: {
      from: ['submitted', 'accepted'],
      to: 'returned',
      permission: 'policyApplication.review',
      evidence: z.object({ reasons: text(2000).min(1).describe('What the enterprise must correct or add') }),
    },
    approve: {
      from: ['accepted'],
      to: 'reviewed',
      permission: 'policyApplication.review',
      evidence: z.object({ approvedAmountWan: amountWan, note: text(2000).optional() }),
    },
    publicize: {
      from: ['reviewed'],
      to: 'publicized',
      permission: 'policyApplication.review',
      evidence: z.object({ noticeEndsOn: day.describe('The last day of the 公示 period') }),
    },
    reject: {
      from: ['submitted', 'accepted', 'reviewed', 'publicized'],
      to: 'rejected',
      permission: 'policyApplication.review',
      evidence: z.object({ reason: text(2000).min(1) }),
    },
    pay: {
      from: ['publicized'],
      to: 'paid',
      permission: 'policyPayout.record',
      evidence: z.object({
        amountWan: amountWan.optional().describe('万元; the approved amount when absent'),
        paidOn: day,
        evidenceFileId: z.uuid().describe('The payment voucher, uploaded to the application'),
      }),
      attachmentFields: ['evidenceFileId'],
    },
  },
});

export type ApplicationAction = keyof typeof policyApplicationWorkflow.transitions;

export const policyApplicationSubject = { kind: 'policy-application', table: policyApplications, id: 'id', state: 'state' } as const satisfies WorkflowSubject<
  typeof policyApplications
>;

/**
 * The application's handler (受理人): the reviewer who accepted it, who owns it from then on as the service desk's
 * first contact owns a request (首问负责制), through a return and the resubmission too; another acceptance after a
 * resubmission makes its reviewer the handler. Null until it is first accepted: nobody owns it yet.
 */
export const handlerOf = <T extends Pick<WorkflowTransition, 'action'>>(history: readonly T[]): T | null =>
  history.findLast((transition) => transition.action === 'accept') ?? null;
