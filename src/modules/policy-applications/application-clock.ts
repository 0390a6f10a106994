import { eq } from 'drizzle-orm';
import { recordAudit, systemActor } from '../../platform/audit/record-audit.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { addWorkingTime, type Pause, type WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { cancelTimers } from '../../platform/timers/cancel-timers.ts';
import { scheduleTimer } from '../../platform/timers/schedule-timer.ts';
import type { DueTimer, TimerHandler } from '../../platform/timers/timer-handler.ts';
import type { WorkflowTransition } from '../../platform/workflow/schema.ts';
import { transitionsOf } from '../../platform/workflow/transitions-of.ts';
import { policyPermissions } from '../policies/permissions.ts';
import { tellAbout } from './application-notices.ts';
import { handlerOf, policyApplicationSubject } from './application-workflow.ts';
import { policyApplicationPermissions } from './permissions.ts';
import { policyApplications, type ApplicationState, type PolicyApplication } from './schema.ts';

/** 快申快享: payout within 60 working days of the application. */
export const payoutTargetWorkingDays = 60;
/** The handler (or the reviewers) is warned when this share of the target has passed, as the service desk warns at 75 %. */
export const payoutWarningShare = 0.75;

/** One working day of the target: the calendar's office hours (9:00–12:00, 13:30–17:30), or a whole day when 24×7. */
function workingDayLength(calendar: WorkingCalendar): number {
  if (calendar.kind === 'always') return 24 * 3_600_000;
  const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return calendar.hours.reduce((sum, span) => sum + (minutesOf(span.end) - minutesOf(span.start)) * 60_000, 0);
}

/** The states the office's clock runs in: from submission until paid, rejected or withdrawn, except while returned. */
const clockedStates: readonly ApplicationState[] = ['submitted', 'accepted', 'reviewed', 'publicized'];

export const warningHandler = 'policy-applications.payout-warning';
export const overdueHandler = 'policy-applications.payout-overdue';
const timerPrefix = (id: string) => `policy-application:${id}:`;

/**
 * A returned application's clock stops while it is with the enterprise (from each return to the resubmission), as
 * the service desk's clock pauses while a request waits on the enterprise: the 60 days are the office's promise,
 * and the time an enterprise takes to correct its files is not the office's to answer for.
 */
export function pausesOf(history: readonly WorkflowTransition[]): Pause[] {
  const pauses: Pause[] = [];
  for (const transition of history) {
    if (transition.action === 'return') pauses.push({ from: transition.at, to: null });
    if (transition.action === 'resubmit' && pauses.at(-1)?.to === null) pauses.at(-1)!.to = transition.at;
  }
  return pauses;
}

/**
 * Sets the application's warning and due instants from its history on the working calendar, and the timers for
 * them, inside the write's transaction; a paused (returned) or finished application has neither, its pending timers
 * cancelled. Called by every write that moves an application, with the working calendar read beside it
 * (`readBusinessCalendar`), or inside the demo seed's one transaction.
 */
export async function refreshApplicationClock(tx: Tx, calendar: WorkingCalendar, application: PolicyApplication): Promise<void> {
  const running = clockedStates.includes(application.state) && application.submittedAt !== null;
  let warnAt: Date | null = null;
  let dueAt: Date | null = null;
  if (running) {
    const pauses = pausesOf(await transitionsOf(tx, policyApplicationSubject.kind, application.id));
    warnAt = addWorkingTime(calendar, application.submittedAt!, payoutTargetWorkingDays * payoutWarningShare * workingDayLength(calendar), pauses);
    dueAt = addWorkingTime(calendar, application.submittedAt!, payoutTargetWorkingDays * workingDayLength(calendar), pauses);
  }
  await tx.update(policyApplications).set({ warnAt, dueAt }).where(eq(policyApplications.id, application.id));
  if (!warnAt || !dueAt) {
    await cancelTimers(tx, { keyPrefix: timerPrefix(application.id) });
    return;
  }
  // A fired timer stays fired: after a return and resubmission, a warning already given is not given again.
  await scheduleTimer(tx, { handler: warningHandler, key: `${timerPrefix(application.id)}warning`, fireAt: warnAt, payload: { applicationId: application.id } });
  await scheduleTimer(tx, { handler: overdueHandler, key: `${timerPrefix(application.id)}overdue`, fireAt: dueAt, payload: { applicationId: application.id } });
}

/**
 * Who answers for a late application first: its handler, while still enabled and a reviewer; otherwise (not yet
 * accepted, or its handler disabled or no longer reviewing) every reviewer, so that a late application never goes
 * unheard.
 */
async function firstLine(tx: Tx, application: PolicyApplication): Promise<string[]> {
  const handlerId = handlerOf(await transitionsOf(tx, policyApplicationSubject.kind, application.id))?.actorId;
  const handler = handlerId ? await usersHoldingPermission(tx, policyApplicationPermissions, 'policyApplication.review', { among: [handlerId] }) : [];
  return handler.length ? handler : usersHoldingPermission(tx, policyApplicationPermissions, 'policyApplication.review');
}

/**
 * A clock timer when due, inside the sweep's transaction (so once): the application is read again, and a timer that
 * no longer applies (paid, rejected, withdrawn, returned, or its instant moved) does nothing. A warning tells the
 * first line (the handler, or the reviewers while nobody owns it); being overdue tells the first line and the
 * policy office's managers, and is audited.
 */
async function remindOfLateApplication(tx: Tx, timer: DueTimer, ctx: AppContext, late: 'warning' | 'overdue'): Promise<void> {
  const { applicationId } = timer.payload;
  if (typeof applicationId !== 'string') throw new Error(`application timer ${timer.key} has an unreadable payload`);
  const [application] = await tx.select().from(policyApplications).where(eq(policyApplications.id, applicationId)).for('update');
  const instant = late === 'warning' ? application?.warnAt : application?.dueAt;
  if (!application || !clockedStates.includes(application.state) || instant?.getTime() !== timer.fireAt.getTime()) return;
  const managers = late === 'overdue' ? await usersHoldingPermission(tx, policyPermissions, 'policy.manage') : [];
  await tellAbout(tx, ctx, application, [...new Set([...(await firstLine(tx, application)), ...managers])], {
    kind: `policy-application.${late}`,
    message: `policyApplication.notice.${late}`,
    params: { enterprise: application.snapshot.name, due: chinaDayOf(application.dueAt!) },
  });
  if (late === 'overdue') {
    await recordAudit(tx, systemActor, { entityType: policyApplicationSubject.kind, entityId: application.id, action: 'overdue', after: { dueAt: application.dueAt } });
  }
}

export const applicationTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [warningHandler]: (tx, timer, ctx) => remindOfLateApplication(tx, timer, ctx, 'warning'),
  [overdueHandler]: (tx, timer, ctx) => remindOfLateApplication(tx, timer, ctx, 'overdue'),
};
