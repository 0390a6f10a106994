import { defineWorkflow, type WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { isRequester } from './request-policy.ts';
import { windowRequests, windowRequestStates, type WindowRequest } from './schema.ts';

/** How long after closing the requester may still reopen a request rather than open a new one. */
export const reopenWindowMs = 7 * 24 * 60 * 60 * 1000;

/**
 * A window request's states: open (waiting for the staff), answered (waiting for the requester) and closed. A staff
 * answer moves it to answered, a requester's follow-up back to open; either side closes it, and the requester may
 * reopen it within seven days of closing.
 */
export const windowRequestWorkflow = defineWorkflow({
  name: 'window-request',
  states: windowRequestStates,
  initial: 'open',
  transitions: {
    answer: { from: ['open', 'answered'], to: 'answered', permission: 'window-request.answer' },
    followUp: { from: ['open', 'answered'], to: 'open', guard: (actor, request: WindowRequest) => isRequester(actor, request) },
    close: {
      from: ['open', 'answered'],
      to: 'closed',
      guard: (actor, request: WindowRequest) => actor.permissions.includes('window-request.answer') || isRequester(actor, request),
    },
    reopen: {
      from: ['closed'],
      to: 'open',
      guard: (actor, request: WindowRequest) =>
        isRequester(actor, request) && request.closedAt !== null && Date.now() - request.closedAt.getTime() <= reopenWindowMs,
    },
  },
});

export const windowRequestSubject = { kind: 'window-request', table: windowRequests, id: 'id', state: 'state' } as const satisfies WorkflowSubject<
  typeof windowRequests
>;
