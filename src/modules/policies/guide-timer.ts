import { eq } from 'drizzle-orm';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { cancelTimers } from '../../platform/timers/cancel-timers.ts';
import { scheduleTimer } from '../../platform/timers/schedule-timer.ts';
import type { TimerHandler } from '../../platform/timers/timer-handler.ts';
import { policyPermissions } from './permissions.ts';
import { policies, type Policy } from './schema.ts';

export const guideDueHandler = 'policies.guide-due';
const guideTimerKey = (policyId: string) => `${guideDueHandler}:${policyId}`;

/**
 * Keeps the policy's guide timer in step with it, inside the write's transaction: set at the deadline while the
 * guide is not out (moved when the issue day moves it), dropped once it is out or the policy is gone.
 */
export async function keepGuideTimer(tx: Tx, policy: Pick<Policy, 'id' | 'guideDueAt' | 'guidePublishedAt'>): Promise<void> {
  if (policy.guidePublishedAt) await cancelTimers(tx, { keys: [guideTimerKey(policy.id)] });
  else await scheduleTimer(tx, { handler: guideDueHandler, key: guideTimerKey(policy.id), fireAt: policy.guideDueAt, payload: { policyId: policy.id } });
}

export const cancelGuideTimer = (tx: Tx, policyId: string) => cancelTimers(tx, { keys: [guideTimerKey(policyId)] });

/**
 * At the deadline, a guide still not out is told once to the policy's creator and everyone who manages policies.
 * A timer that no longer applies (the guide out, the deadline moved since) does nothing.
 */
const tellGuideOverdue: TimerHandler = async (tx, timer, ctx) => {
  const { policyId } = timer.payload;
  if (typeof policyId !== 'string') throw new Error(`guide timer ${timer.key} has an unreadable payload`);
  const [policy] = await tx.select().from(policies).where(eq(policies.id, policyId)).for('update');
  if (!policy || policy.guidePublishedAt || policy.guideDueAt.getTime() !== timer.fireAt.getTime()) return;
  const managers = await usersHoldingPermission(tx, policyPermissions, 'policy.manage');
  await notify(tx, ctx, {
    userIds: [...(policy.createdById ? [policy.createdById] : []), ...managers],
    kind: 'policy.guide-overdue',
    message: 'policy.notice.guideOverdue',
    params: { title: policy.title },
    link: `/policies/${policy.id}`,
    record: { kind: 'policy', id: policy.id },
  });
};

export const policyTimerHandlers: Readonly<Record<string, TimerHandler>> = { [guideDueHandler]: tellGuideOverdue };
