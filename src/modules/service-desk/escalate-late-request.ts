import { eq } from 'drizzle-orm';
import { recordAudit, systemActor } from '../../platform/audit/record-audit.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { escalationChainAt, onShiftAt } from '../../platform/roster/on-shift-at.ts';
import { rosterPermissions } from '../../platform/roster/roster-permissions.ts';
import type { TimerHandler } from '../../platform/timers/timer-handler.ts';
import type { DueTimer } from '../../platform/timers/timer-handler.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { slaBreachHandler, slaTargets, slaWarningHandler, type SlaTarget } from './refresh-request-sla.ts';
import { tellStaff } from './request-notices.ts';
import { recordSlaOutcomes } from './record-sla-outcomes.ts';
import { evaluateRequestSla } from './request-sla.ts';
import { serviceRequestSubject } from './request-workflow.ts';
import { serviceRequests, type ServiceRequest } from './schema.ts';

type Escalation = 'warning' | 'breach';

/** Who answers for the request first: its owner, or those on shift in its team while nobody owns it. */
async function firstLine(tx: Tx, request: ServiceRequest, at: Date): Promise<string[]> {
  if (request.ownerId) return [request.ownerId];
  return request.teamId ? onShiftAt(tx, request.teamId, at) : [];
}

/**
 * A breach goes up the chain: the first line, the team's lead, the directors. `roster.director` is defined by the
 * roster alone, so its grants there are the composed table's.
 */
async function breachAudience(tx: Tx, request: ServiceRequest, at: Date): Promise<string[]> {
  const above = request.teamId
    ? (await escalationChainAt(tx, request.teamId, at, rosterPermissions)).filter((step) => step.step !== 'onShift').flatMap((step) => step.userIds)
    : await usersHoldingPermission(tx, rosterPermissions, 'roster.director');
  return [...new Set([...(await firstLine(tx, request, at)), ...above])];
}

const isTarget = (value: unknown): value is SlaTarget => (slaTargets as readonly unknown[]).includes(value);

/**
 * What an SLA timer does when due, inside the sweep's transaction (so at most once): the request's SLA is read
 * again as it stood at the timer's instant, and a timer that no longer applies (another cycle, the target met,
 * the request paused or done, a deadline moved) does nothing. Otherwise the first line is warned, or a breach is
 * escalated along the chain, audited, and the queues told.
 */
async function escalateLateRequest(tx: Tx, timer: DueTimer, ctx: AppContext, escalation: Escalation): Promise<void> {
  const { requestId, cycle, target } = timer.payload;
  if (typeof requestId !== 'string' || typeof cycle !== 'number' || !isTarget(target)) throw new Error(`SLA timer ${timer.key} has an unreadable payload`);
  const [request] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, requestId)).for('update');
  if (!request || request.state === 'resolved' || request.state === 'closed') return;
  const sla = await evaluateRequestSla(ctx.db, tx, request, timer.fireAt);
  if (!sla || sla.cycle.number !== cycle) return;
  const status = target === 'response' ? sla.status.firstResponse : sla.status.resolution;
  const instant = escalation === 'warning' ? status?.warnAt : status?.dueAt;
  const applies = escalation === 'warning' ? status?.state === 'at_risk' || status?.state === 'breached' : status?.state === 'breached';
  if (!status || !applies || instant?.getTime() !== timer.fireAt.getTime()) return;
  const now = new Date();
  const audience = escalation === 'warning' ? await firstLine(tx, request, now) : await breachAudience(tx, request, now);
  const targetName = target === 'response' ? 'Response' : 'Resolution';
  await tellStaff(tx, ctx, request, audience, {
    kind: escalation === 'warning' ? 'service-request.sla-warning' : 'service-request.sla-breach',
    message: escalation === 'warning' ? `serviceRequest.notice.sla${targetName}Warning` : `serviceRequest.notice.sla${targetName}Breached`,
  });
  if (escalation === 'breach') {
    await recordSlaOutcomes(tx, request.id, sla, timer.fireAt);
    await recordAudit(tx, systemActor, {
      entityType: serviceRequestSubject.kind,
      entityId: request.id,
      action: 'slaBreached',
      after: { cycle, target, dueAt: status.dueAt, notified: audience },
    });
  }
  await announceRequestChange(tx, request);
}

/** The desk's SLA timers, declared in its module definition. */
export const slaTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [slaWarningHandler]: (tx, timer, ctx) => escalateLateRequest(tx, timer, ctx, 'warning'),
  [slaBreachHandler]: (tx, timer, ctx) => escalateLateRequest(tx, timer, ctx, 'breach'),
};
