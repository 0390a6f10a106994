import { addDays, isoWeekOf } from '../../../../src/platform/calendar/iso-week.ts';

// Shifts are planned in Beijing time, whatever the browser's zone: the roster's days are China days.
const beijing = (instant: string) => new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString();

/** The China day a shift starts on, `2026-12-07`. */
export const beijingDay = (instant: string) => beijing(instant).slice(0, 10);

/** The Beijing clock time, `20:00`. */
export const beijingClock = (instant: string) => beijing(instant).slice(11, 16);

/**
 * A shift's instants from a day and two clock times; an end not after the start is on the next day (a night
 * shift), so 20:00–08:00 crosses midnight.
 */
export function shiftInstants(day: string, start: string, end: string): { startsAt: string; endsAt: string } {
  const startsAt = `${day}T${start}:00+08:00`;
  const sameDayEnd = new Date(`${day}T${end}:00+08:00`);
  const endsAt = end > start ? sameDayEnd : new Date(sameDayEnd.getTime() + 86_400_000);
  return { startsAt, endsAt: `${beijingDay(endsAt.toISOString())}T${end}:00+08:00` };
}

/** The ISO week so many weeks after the one these days are of. */
export const weekAfter = (days: readonly string[], count: number) => isoWeekOf(addDays(days[0]!, count * 7));
