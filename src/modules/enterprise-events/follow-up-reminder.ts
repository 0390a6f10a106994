import { eq } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { cancelTimers } from '../../platform/timers/cancel-timers.ts';
import { scheduleTimer } from '../../platform/timers/schedule-timer.ts';
import type { TimerHandler } from '../../platform/timers/timer-handler.ts';
import { followUpReminderAt } from './follow-up-reminder-time.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEvents as events } from './schema.ts';

export const followUpDueHandler = 'enterprise-events.follow-up-due';
/** Every reminder of one follow-up begins so; one per due day (see keepFollowUpReminder). */
const remindersOf = (followUpId: string) => `${followUpDueHandler}:${followUpId}`;
const reminderKey = (followUpId: string, dueOn: string) => `${remindersOf(followUpId)}:${dueOn}`;

type RemindedFollowUp = Pick<typeof followUps.$inferSelect, 'id' | 'dueOn' | 'doneAt'>;

/**
 * Keeps a follow-up's reminder in step with it, inside the write's transaction: set for the morning of its due day
 * while it is open, dropped once it is done. One whose due day has passed reminds nobody; it shows as overdue.
 * A reminder is keyed by its due day, as a fired timer stays fired: reopened on the same day, a follow-up that
 * already reminded does not again, but moved to a later day it reminds on that one. A pending reminder of any other
 * day goes.
 */
export async function keepFollowUpReminder(tx: Tx, calendar: WorkingCalendar, followUp: RemindedFollowUp): Promise<void> {
  await cancelFollowUpReminder(tx, followUp.id);
  if (followUp.doneAt || followUp.dueOn < chinaToday()) return;
  await scheduleTimer(tx, {
    handler: followUpDueHandler,
    key: reminderKey(followUp.id, followUp.dueOn),
    fireAt: followUpReminderAt(calendar, followUp.dueOn),
    payload: { followUpId: followUp.id, dueOn: followUp.dueOn },
  });
}

/** Drops the follow-up's pending reminders, whatever their day. */
export const cancelFollowUpReminder = (tx: Tx, followUpId: string) => cancelTimers(tx, { keyPrefix: remindersOf(followUpId) });

/** On the morning of its due day, an open follow-up reminds its owner; one done, gone or due another day since does nothing. */
const remindOwner: TimerHandler = async (tx, timer, ctx) => {
  const { followUpId, dueOn } = timer.payload;
  if (typeof followUpId !== 'string') throw new Error(`follow-up timer ${timer.key} has an unreadable payload`);
  const [followUp] = await tx
    .select({ id: followUps.id, eventId: followUps.eventId, description: followUps.description, ownerId: followUps.ownerId, dueOn: followUps.dueOn, doneAt: followUps.doneAt, title: events.title })
    .from(followUps)
    .innerJoin(events, eq(events.id, followUps.eventId))
    .where(eq(followUps.id, followUpId))
    .for('update', { of: followUps });
  if (!followUp || followUp.doneAt || followUp.dueOn !== dueOn) return;
  await notify(tx, ctx, {
    userIds: [followUp.ownerId],
    kind: 'enterpriseEvent.follow-up-due',
    message: 'enterpriseEvent.notice.followUpDue',
    params: { description: followUp.description, title: followUp.title, dueOn: followUp.dueOn },
    link: `/enterprise-events/${followUp.eventId}`,
    record: { kind: 'enterprise-event-follow-up', id: followUp.id },
  });
};

export const followUpTimerHandlers: Readonly<Record<string, TimerHandler>> = { [followUpDueHandler]: remindOwner };
