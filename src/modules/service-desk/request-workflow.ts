import { z } from 'zod';
import { defineWorkflow, type WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { isRequester } from './request-policy.ts';
import { serviceRequests, serviceRequestStates, type ServiceRequest } from './schema.ts';

/** How long after resolution the enterprise may reopen a request, and after which the job closes it. */
export const reopenPeriodMs = 7 * 24 * 60 * 60 * 1000;

/** The states in which a request is still being worked on: it can be accepted, handed over, merged. */
export const openStates = ['new', 'accepted', 'in_progress', 'waiting_on_enterprise'] as const;

/**
 * A service request's life: 新建 → 已受理 (an agent accepts and owns it) → 处理中 ⇄ 待企业反馈 → 已解决 → 已关闭.
 * The enterprise's reply while it waits puts it back in progress; the enterprise may reopen it within seven days
 * of resolution, after which a job closes it; a duplicate is closed by merging it into another request.
 */
export const serviceRequestWorkflow = defineWorkflow({
  name: 'service-request',
  states: serviceRequestStates,
  initial: 'new',
  transitions: {
    accept: { from: ['new'], to: 'accepted', permission: 'serviceRequest.handle' },
    startWork: { from: ['accepted'], to: 'in_progress', permission: 'serviceRequest.handle' },
    waitOnEnterprise: { from: ['accepted', 'in_progress'], to: 'waiting_on_enterprise', permission: 'serviceRequest.handle' },
    enterpriseReply: {
      from: ['waiting_on_enterprise'],
      to: 'in_progress',
      guard: (actor, request: ServiceRequest) => isRequester(actor, request),
    },
    resolve: { from: ['accepted', 'in_progress', 'waiting_on_enterprise'], to: 'resolved', permission: 'serviceRequest.handle' },
    reopen: {
      from: ['resolved'],
      to: 'in_progress',
      guard: (actor, request: ServiceRequest) =>
        isRequester(actor, request) && request.resolvedAt !== null && Date.now() - request.resolvedAt.getTime() <= reopenPeriodMs,
    },
    close: { from: ['resolved'], to: 'closed', permission: 'serviceRequest.autoClose' },
    merge: {
      from: openStates,
      to: 'closed',
      permission: 'serviceRequest.handle',
      evidence: z.object({ intoId: z.uuid().describe('The request it duplicates, which survives') }),
    },
  },
});

export type ServiceRequestAction = keyof typeof serviceRequestWorkflow.transitions;

export const serviceRequestSubject = { kind: 'service-request', table: serviceRequests, id: 'id', state: 'state' } as const satisfies WorkflowSubject<
  typeof serviceRequests
>;
