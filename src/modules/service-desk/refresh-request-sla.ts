import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connection.ts';
import type { SlaTargetStatus } from '../../platform/sla/sla-clock.ts';
import { cancelTimers } from '../../platform/timers/cancel-timers.ts';
import { scheduleTimer } from '../../platform/timers/schedule-timer.ts';
import { recordSlaOutcomes } from './record-sla-outcomes.ts';
import { evaluateRequestSla } from './request-sla.ts';
import { serviceRequests } from './schema.ts';

export const slaWarningHandler = 'service-desk.sla-warning';
export const slaBreachHandler = 'service-desk.sla-breach';

export const slaTargets = ['response', 'resolution'] as const;
export type SlaTarget = (typeof slaTargets)[number];
const slaInstants = ['warn', 'breach'] as const;
type SlaInstant = (typeof slaInstants)[number];

/** What an SLA timer carries: enough for its handler to find the request and judge whether it still applies. */
export interface SlaTimerPayload {
  requestId: string;
  cycle: number;
  target: SlaTarget;
  [key: string]: string | number;
}

export const slaTimerKey = (requestId: string, cycle: number, target: SlaTarget, instant: SlaInstant) =>
  `service-request:${requestId}:${cycle}:${target}:${instant}`;

/** A target whose deadline still lies ahead or has passed unmet: the clock runs (neither met nor paused). */
const counting = (status: SlaTargetStatus | null): status is SlaTargetStatus & { dueAt: Date; warnAt: Date } =>
  status !== null && status.dueAt !== null && status.warnAt !== null && (status.state === 'running' || status.state === 'at_risk' || status.state === 'breached');

/**
 * Reads the request's SLA again and, inside the caller's transaction, stores the current cycle's warning and due
 * instants on the request (the at-risk and breached queues read them), records the targets decided so far, and sets
 * its timers: one per instant of a counting target, the others of every cycle so far cancelled (met, paused,
 * resolved, closed). Called by every write that changes a request's state or answers it, after that change; `db`
 * null only for the demo seed (see `evaluateRequestSla`).
 */
export async function refreshRequestSla(db: Db | null, tx: Tx, requestId: string, now: Date = new Date()): Promise<void> {
  const [request] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, requestId));
  if (!request) return;
  const sla = await evaluateRequestSla(db, tx, request, now);
  if (sla) await recordSlaOutcomes(tx, requestId, sla, now);
  const open = request.state !== 'resolved' && request.state !== 'closed';
  const statusOf = (target: SlaTarget) => (sla && open ? (target === 'response' ? sla.status.firstResponse : sla.status.resolution) : null);
  const response = statusOf('response');
  const resolution = statusOf('resolution');
  await tx
    .update(serviceRequests)
    .set({
      slaResponseWarnAt: counting(response) ? response.warnAt : null,
      slaResponseDueAt: counting(response) ? response.dueAt : null,
      slaResolutionWarnAt: counting(resolution) ? resolution.warnAt : null,
      slaResolutionDueAt: counting(resolution) ? resolution.dueAt : null,
    })
    .where(eq(serviceRequests.id, requestId));
  const wanted = new Set<string>();
  const currentCycle = sla?.cycle.number ?? 0;
  for (const target of slaTargets) {
    const status = statusOf(target);
    if (!counting(status)) continue;
    const payload: SlaTimerPayload = { requestId, cycle: currentCycle, target };
    const warnKey = slaTimerKey(requestId, currentCycle, target, 'warn');
    const breachKey = slaTimerKey(requestId, currentCycle, target, 'breach');
    wanted.add(warnKey).add(breachKey);
    await scheduleTimer(tx, { handler: slaWarningHandler, key: warnKey, fireAt: status.warnAt, payload });
    await scheduleTimer(tx, { handler: slaBreachHandler, key: breachKey, fireAt: status.dueAt, payload });
  }
  const everyKey = Array.from({ length: Math.max(currentCycle, 1) }, (_, index) => index + 1).flatMap((cycle) =>
    slaTargets.flatMap((target) => slaInstants.map((instant) => slaTimerKey(requestId, cycle, target, instant))),
  );
  await cancelTimers(tx, { keys: everyKey.filter((key) => !wanted.has(key)) });
}
