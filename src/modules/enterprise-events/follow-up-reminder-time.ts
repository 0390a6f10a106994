import { chinaOfficeHours, isWorkingDay, type WorkingCalendar } from '../../platform/calendar/working-calendar.ts';

const day = 86_400_000;
const dayBefore = (dayOfChina: string) => new Date(Date.parse(`${dayOfChina}T00:00:00Z`) - day).toISOString().slice(0, 10);
/** The longest run of days off in a year (春节 with its weekends) is well under this. */
const longestBreakDays = 31;

/**
 * When the owner of a follow-up due on a China day is reminded: as the office opens that morning, so the day can be
 * planned round it. A follow-up due on a weekend or holiday reminds as the office opens on the last working day
 * before it, since nobody reads a reminder on a day off and the work is to be done by then.
 */
export function followUpReminderAt(calendar: WorkingCalendar, dueOn: string): Date {
  if (calendar.kind === 'always') return new Date(`${dueOn}T${chinaOfficeHours[0]!.start}:00+08:00`);
  let remindOn = dueOn;
  for (let back = 0; back < longestBreakDays && !isWorkingDay(calendar.days, remindOn); back += 1) remindOn = dayBefore(remindOn);
  return new Date(`${remindOn}T${(calendar.hours[0] ?? chinaOfficeHours[0]!).start}:00+08:00`);
}
