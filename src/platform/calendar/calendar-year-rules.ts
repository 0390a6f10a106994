import type { FieldError } from '../http/errors.ts';
import type { HolidayYear } from './schema.ts';

/**
 * What is wrong with a year's calendar as given, field by field (none when it may be saved): every day within the
 * year, each span from its first day to its last, no day in two holidays, and no day both a holiday and a make-up
 * working day. Days are `YYYY-MM-DD`, checked as such by the request's schema.
 */
export function calendarYearProblems({ year, holidays, workdays }: HolidayYear): FieldError[] {
  const problems: FieldError[] = [];
  const inYear = (day: string) => day.slice(0, 4) === String(year);
  const holidayDays = new Set<string>();
  holidays.forEach((span, index) => {
    if (!inYear(span.from)) problems.push({ field: `holidays.${index}.from`, message: 'calendar.dayOutsideYear' });
    if (!inYear(span.to)) problems.push({ field: `holidays.${index}.to`, message: 'calendar.dayOutsideYear' });
    if (span.from > span.to) {
      problems.push({ field: `holidays.${index}.to`, message: 'calendar.spanOrder' });
      return;
    }
    const overlaps = daysOf(span).some((day) => holidayDays.has(day));
    if (overlaps) problems.push({ field: `holidays.${index}.from`, message: 'calendar.holidaysOverlap' });
    for (const day of daysOf(span)) holidayDays.add(day);
  });
  const seen = new Set<string>();
  workdays.forEach((day, index) => {
    if (!inYear(day)) problems.push({ field: `workdays.${index}`, message: 'calendar.dayOutsideYear' });
    else if (holidayDays.has(day)) problems.push({ field: `workdays.${index}`, message: 'calendar.workdayIsHoliday' });
    else if (seen.has(day)) problems.push({ field: `workdays.${index}`, message: 'calendar.workdayTwice' });
    seen.add(day);
  });
  return problems;
}

const dayMs = 86_400_000;

/** The days of a span, first and last included (a span within one year, so at most 366). */
function daysOf({ from, to }: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`) && days.length <= 366; at += dayMs) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}
