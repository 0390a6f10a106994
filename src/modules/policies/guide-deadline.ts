import { and, gt, gte, isNotNull, isNull, lt, lte, type SQL } from 'drizzle-orm';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import { addWorkingTime, type WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import type { Db } from '../../platform/db/connection.ts';
import { policies } from './schema.ts';
import type { GuideStatus } from './policy-terms.ts';

/** The province's rule: a guide within 7 working days of the policy's issue. */
export const guideWorkingDays = 7;
/** A guide not out two working days before its deadline is flagged, so that the office still has time to write it. */
const dueSoonWorkingDays = 2;

const minute = 60_000;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The working time of one working day on the calendar: its office hours, or the whole day on a 24×7 calendar. */
function workingDayLength(calendar: WorkingCalendar): number {
  if (calendar.kind === 'always') return 24 * 60 * minute;
  return calendar.hours.reduce((sum, span) => sum + (minutesOf(span.end) - minutesOf(span.start)) * minute, 0);
}

/**
 * When the guide of a policy issued on a China day is due: from that day's start in Beijing, seven working days of
 * office hours, so the close of the seventh working day (the issue day counts when it is a working day, as the
 * office has it from the morning the document is signed).
 */
export function guideDueAt(calendar: WorkingCalendar, issuedOn: string): Date {
  const due = addWorkingTime(calendar, new Date(`${issuedOn}T00:00:00+08:00`), guideWorkingDays * workingDayLength(calendar));
  // No pause is given, so the calendar always names an instant.
  if (!due) throw new Error(`no guide deadline for ${issuedOn}`);
  return due;
}

/** The instant after which a guide still not out counts as due soon. */
export function dueSoonFrom(calendar: WorkingCalendar, now: Date): Date {
  return addWorkingTime(calendar, now, dueSoonWorkingDays * workingDayLength(calendar)) ?? now;
}

export function guideStatusOf(policy: { guideDueAt: Date; guidePublishedAt: Date | null }, now: Date, soon: Date): GuideStatus {
  if (policy.guidePublishedAt) return 'done';
  if (policy.guideDueAt.getTime() < now.getTime()) return 'overdue';
  return policy.guideDueAt.getTime() <= soon.getTime() ? 'dueSoon' : 'onTime';
}

/** The list's filter on the guide's status, the same cut as `guideStatusOf`. */
export function guideStatusCondition(status: GuideStatus, now: Date, soon: Date): SQL | undefined {
  const pending = isNull(policies.guidePublishedAt);
  if (status === 'done') return isNotNull(policies.guidePublishedAt);
  if (status === 'overdue') return and(pending, lt(policies.guideDueAt, now));
  if (status === 'dueSoon') return and(pending, gte(policies.guideDueAt, now), lte(policies.guideDueAt, soon));
  return and(pending, gt(policies.guideDueAt, soon));
}

/** Now, and the start of "due soon" on the working calendar (read beside the caller's work, cached per instance). */
export async function readGuideClock(db: Db): Promise<{ now: Date; soon: Date }> {
  const now = new Date();
  return { now, soon: dueSoonFrom(await readBusinessCalendar(db), now) };
}
