/** An ISO 8601 week, `2026-W49`: Monday to Sunday, week 1 holding the year's first Thursday. */
export const isoWeekPattern = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

const dayMs = 86_400_000;
const utcDay = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The calendar day so many days after (or before) another. */
export const addDays = (day: string, count: number): string => dayOf(utcDay(day) + count * dayMs);

/** The ISO week a calendar day falls in. */
export function isoWeekOf(day: string): string {
  const ms = utcDay(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  // The week's Thursday decides its year.
  const thursday = new Date(ms + (3 - weekday) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The seven days of an ISO week, Monday first; null for a week 53 in a year that has none. */
export function daysOfIsoWeek(week: string): string[] | null {
  const match = isoWeekPattern.exec(week);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  // 4 January is always in week 1.
  const fourth = Date.UTC(year, 0, 4);
  const monday = fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * dayMs + (number - 1) * 7 * dayMs;
  const days = Array.from({ length: 7 }, (_, i) => dayOf(monday + i * dayMs));
  return isoWeekOf(days[0]!) === week ? days : null;
}
