import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import { readBusinessCalendar, readCalendarWithin } from '../../platform/calendar/read-business-calendar.ts';
import { alwaysOpen, type WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import type { Db, DbOrTx } from '../../platform/db/connection.ts';
import { evaluateSla, type SlaStatus } from '../../platform/sla/sla-clock.ts';
import { slaCyclesOf, type SlaCycle, type SlaEvent } from '../../platform/sla/sla-cycle.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { serviceRequestSubject } from './request-workflow.ts';
import { serviceRequestMessages, serviceSlaPolicies, type ServiceRequest, type ServiceSlaPolicy } from './schema.ts';

/** The policy a request falls under: its category's for its priority, else the priority's for any category. */
export async function slaPolicyFor(db: DbOrTx, request: Pick<ServiceRequest, 'categoryCode' | 'priority'>): Promise<ServiceSlaPolicy | null> {
  const [policy] = await db
    .select()
    .from(serviceSlaPolicies)
    .where(
      and(
        eq(serviceSlaPolicies.priority, request.priority),
        or(eq(serviceSlaPolicies.categoryCode, request.categoryCode), isNull(serviceSlaPolicies.categoryCode)),
      ),
    )
    // A category's own policy sorts first (NULLS LAST is the default of ascending order).
    .orderBy(asc(serviceSlaPolicies.categoryCode))
    .limit(1);
  return policy ?? null;
}

/** What each workflow action means for the SLA clock; the others (starting work, a handover) move nothing. */
const eventOfAction: Readonly<Record<string, SlaEvent['kind']>> = {
  accept: 'responded',
  waitOnEnterprise: 'paused',
  enterpriseReply: 'resumed',
  resolve: 'resolved',
  reopen: 'reopened',
  // A duplicate merged away is done with, as far as its own clock goes.
  merge: 'resolved',
};

/** The request's history as SLA events: its transitions, and the staff's public replies as responses. */
export async function slaEventsOf(db: DbOrTx, requestId: string): Promise<SlaEvent[]> {
  const transitions = await db
    .select({ action: workflowTransitions.action, fromState: workflowTransitions.fromState, at: workflowTransitions.at })
    .from(workflowTransitions)
    .where(and(eq(workflowTransitions.recordKind, serviceRequestSubject.kind), eq(workflowTransitions.recordId, requestId)))
    .orderBy(asc(workflowTransitions.at), asc(workflowTransitions.id));
  const replies = await db
    .select({ at: serviceRequestMessages.createdAt })
    .from(serviceRequestMessages)
    .where(
      and(eq(serviceRequestMessages.requestId, requestId), eq(serviceRequestMessages.side, 'staff'), eq(serviceRequestMessages.visibility, 'public')),
    )
    .orderBy(desc(serviceRequestMessages.createdAt));
  const events: SlaEvent[] = [];
  for (const transition of transitions) {
    const kind = transition.fromState === null ? 'opened' : eventOfAction[transition.action];
    if (kind) events.push({ kind, at: transition.at });
  }
  return [...events, ...replies.map((reply) => ({ kind: 'responded' as const, at: reply.at }))];
}

export interface RequestSla {
  policy: ServiceSlaPolicy;
  cycle: SlaCycle;
  status: SlaStatus;
}

/**
 * The business calendar: beside the caller's transaction from the database (`db`), as it is cached there; inside
 * it when there is no database beside it (the first start's demo seed, one transaction).
 */
async function businessCalendar(db: Db | null, tx: DbOrTx): Promise<WorkingCalendar> {
  if (db) return readBusinessCalendar(db);
  return readCalendarWithin(tx);
}

/**
 * The request's SLA at `now`: its current cycle under its policy on the policy's calendar; null when no policy
 * covers its priority.
 */
export async function evaluateRequestSla(
  db: Db | null,
  tx: DbOrTx,
  request: Pick<ServiceRequest, 'id' | 'categoryCode' | 'priority'>,
  now: Date,
): Promise<RequestSla | null> {
  const policy = await slaPolicyFor(tx, request);
  const cycle = slaCyclesOf(await slaEventsOf(tx, request.id)).at(-1);
  if (!policy || !cycle) return null;
  const calendar = policy.calendar === 'always' ? alwaysOpen : await businessCalendar(db, tx);
  const targets = { firstResponseMinutes: policy.firstResponseMinutes, resolutionMinutes: policy.resolutionMinutes };
  return { policy, cycle, status: evaluateSla({ calendar, targets, cycle, now }) };
}
