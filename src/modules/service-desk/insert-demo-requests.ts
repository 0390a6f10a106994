import { systemActor } from '../../platform/audit/record-audit.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { serviceRequestWorkflow, serviceRequestSubject, type ServiceRequestAction } from './request-workflow.ts';
import {
  serviceRequestMessages,
  serviceRequests,
  type ServiceRequestChannel,
  type ServiceRequestPriority,
  type ServiceRequestState,
} from './schema.ts';

/** The actions the enterprise takes itself; the job closes; the owning agent takes the others. */
const requesterActions: ReadonlySet<string> = new Set(['enterpriseReply', 'reopen']);

export interface DemoStep {
  action: Exclude<ServiceRequestAction, 'merge'>;
  to: ServiceRequestState;
  /** Minutes after submission. */
  after: number;
}

export interface DemoMessage {
  side: 'requester' | 'staff';
  visibility?: 'internal';
  body: string;
  /** Minutes after submission. */
  after: number;
}

/** A demo request's whole life as it stood when the seed ran: where, what, and every step and message since. */
export interface DemoRequestPlan {
  /** Its idempotency key, unique among the demo's requests. */
  key: string;
  enterpriseId: string;
  openedBy: string;
  channel: ServiceRequestChannel;
  categoryCode: string;
  priority: ServiceRequestPriority;
  /** A place of the sites register, or the place in words. */
  place: { siteId: string; buildingId: string; floorId?: string; unitId?: string } | { locationText: string };
  description: string;
  openedAt: Date;
  /** Who accepted it (首问负责制) and so answers and moves it. */
  agent: { id: string; name: string };
  steps: DemoStep[];
  messages: DemoMessage[];
  rating?: { score: number; comment?: string; after: number };
}

const minutes = (n: number) => n * 60_000;

/** The request row a plan ends in: its state, owner and the instants its steps and messages set. */
function requestRow(plan: DemoRequestPlan, teamId: string): typeof serviceRequests.$inferInsert {
  const at = (after: number) => new Date(plan.openedAt.getTime() + minutes(after));
  const last = (action: DemoStep['action']) => plan.steps.findLast((step) => step.action === action);
  const accepted = last('accept');
  const reopened = last('reopen');
  // A reopening clears the resolution until the request is resolved again.
  const resolved = last('resolve') && (!reopened || last('resolve')!.after > reopened.after) ? last('resolve') : undefined;
  const closed = last('close');
  const firstReply = plan.messages.find((message) => message.side === 'staff' && message.visibility === undefined);
  return {
    enterpriseId: plan.enterpriseId,
    openedByName: plan.openedBy,
    channel: plan.channel,
    categoryCode: plan.categoryCode,
    priority: plan.priority,
    ...('locationText' in plan.place ? { locationText: plan.place.locationText } : plan.place),
    description: plan.description,
    state: plan.steps.at(-1)?.to ?? serviceRequestWorkflow.initial,
    teamId,
    ownerId: accepted ? plan.agent.id : null,
    idempotencyKey: plan.key,
    rating: plan.rating?.score ?? null,
    ratingComment: plan.rating?.comment ?? null,
    ratedAt: plan.rating ? at(plan.rating.after) : null,
    acceptedAt: accepted ? at(accepted.after) : null,
    firstResponseAt: firstReply ? at(firstReply.after) : null,
    resolvedAt: resolved ? at(resolved.after) : null,
    closedAt: closed ? at(closed.after) : null,
    createdAt: plan.openedAt,
    updatedAt: at(Math.max(0, ...plan.steps.map((step) => step.after), ...plan.messages.map((message) => message.after), plan.rating?.after ?? 0)),
  };
}

function transitionRows(plan: DemoRequestPlan, requestId: string): (typeof workflowTransitions.$inferInsert)[] {
  let from: ServiceRequestState | null = null;
  const moves = [{ action: startAction, to: serviceRequestWorkflow.initial, after: 0 } as const, ...plan.steps];
  return moves.map((step) => {
    const actor =
      step.action === startAction || requesterActions.has(step.action)
        ? { id: null, name: plan.openedBy }
        : step.action === 'close'
          ? { id: null, name: systemActor.name }
          : plan.agent;
    const row = {
      workflow: serviceRequestWorkflow.name,
      recordKind: serviceRequestSubject.kind,
      recordId: requestId,
      fromState: from,
      toState: step.to,
      action: step.action,
      actorId: actor.id,
      actorName: actor.name,
      at: new Date(plan.openedAt.getTime() + minutes(step.after)),
    };
    from = step.to;
    return row;
  });
}

/**
 * Stores the demo's requests in `teamId`'s queue with their history at its own instants, a few statements for all
 * of them (the whole demo seed runs in many tests): the rows, their workflow transitions, their messages; then each
 * one's SLA deadlines and timers, as a live request would have them, so that the queues' countdowns and at-risk and
 * breached tabs show them and the first sweep escalates those already late.
 */
export async function insertDemoRequests(tx: Tx, teamId: string, plans: readonly DemoRequestPlan[]): Promise<void> {
  if (plans.length === 0) return;
  const inserted = await tx
    .insert(serviceRequests)
    .values(plans.map((plan) => requestRow(plan, teamId)))
    .returning({ id: serviceRequests.id, key: serviceRequests.idempotencyKey });
  const idOf = new Map(inserted.map((row) => [row.key, row.id]));
  await tx.insert(workflowTransitions).values(plans.flatMap((plan) => transitionRows(plan, idOf.get(plan.key)!)));
  const messages = plans.flatMap((plan) =>
    plan.messages.map((message) => ({
      requestId: idOf.get(plan.key)!,
      authorId: message.side === 'staff' ? plan.agent.id : null,
      authorName: message.side === 'staff' ? plan.agent.name : plan.openedBy,
      side: message.side,
      visibility: message.visibility ?? ('public' as const),
      body: message.body,
      createdAt: new Date(plan.openedAt.getTime() + minutes(message.after)),
    })),
  );
  if (messages.length) await tx.insert(serviceRequestMessages).values(messages);
  for (const { id } of inserted) await refreshRequestSla(null, tx, id);
}
