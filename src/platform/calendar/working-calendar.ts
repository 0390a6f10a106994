import { chinaDayOf } from './china-day.ts';
import type { HolidayYear } from './schema.ts';

/**
 * Working time on a calendar, as pure functions: SLA clocks, policy deadlines and follow-ups count it. A calendar is
 * either always open (24×7) or business hours on China's working days: Monday to Friday unless a public holiday, and
 * the weekend days worked in a holiday's place (调休). Days are Asia/Shanghai days (UTC+8 all year); instants are
 * Dates. A clock may be paused (while a request waits on the enterprise): paused time does not count.
 */
export type WorkingCalendar = { kind: 'always' } | { kind: 'business'; hours: readonly BusinessHours[]; days: DayRules };

/** A span of a working day, as `HH:MM` Beijing time, the end excluded. */
export interface BusinessHours {
  start: string;
  end: string;
}

export interface DayRules {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** A pause of the clock; `to` null while it lasts. */
export interface Pause {
  from: Date;
  to: Date | null;
}

const minute = 60_000;
const day = 24 * 60 * minute;
/** How far a deadline is looked for: a target no calendar reaches in ten years is a mistake. */
const horizonDays = 3_660;

export const alwaysOpen: WorkingCalendar = { kind: 'always' };

/** Office hours of Qingdao's district administrations: 9:00–12:00 and 13:30–17:30. */
export const chinaOfficeHours: readonly BusinessHours[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/** The days off and the make-up working days of the years given, day by day. */
export function dayRulesOf(years: readonly HolidayYear[]): DayRules {
  const holidays = new Set<string>();
  for (const { holidays: spans } of years) {
    for (const span of spans) {
      for (let at = Date.parse(`${span.from}T00:00:00Z`); at <= Date.parse(`${span.to}T00:00:00Z`); at += day) holidays.add(new Date(at).toISOString().slice(0, 10));
    }
  }
  return { holidays, workdays: new Set(years.flatMap((year) => year.workdays)) };
}

/**
 * Business hours on China's working days of the years given; the years entered are in `calendar_years`, read with
 * `readBusinessCalendar`.
 */
export function chinaBusinessCalendar(years: readonly HolidayYear[], hours: readonly BusinessHours[] = chinaOfficeHours): WorkingCalendar {
  return { kind: 'business', hours, days: dayRulesOf(years) };
}

/** Whether a China day is a working day: a make-up day is, a holiday or a weekend day is not. */
export function isWorkingDay(rules: DayRules, dayOfChina: string): boolean {
  if (rules.workdays.has(dayOfChina)) return true;
  if (rules.holidays.has(dayOfChina)) return false;
  const weekday = new Date(`${dayOfChina}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The working spans of a China day as [from, to) in epoch milliseconds. */
function workingSpansOn(calendar: WorkingCalendar, dayOfChina: string): [number, number][] {
  const midnight = Date.parse(`${dayOfChina}T00:00:00+08:00`);
  if (calendar.kind === 'always') return [[midnight, midnight + day]];
  if (!isWorkingDay(calendar.days, dayOfChina)) return [];
  return calendar.hours.map((hours) => [midnight + minutesOf(hours.start) * minute, midnight + minutesOf(hours.end) * minute]);
}

/** A span less the pauses that overlap it, as the pieces left, in order. */
function withoutPauses([from, to]: [number, number], pauses: readonly Pause[]): [number, number][] {
  let pieces: [number, number][] = [[from, to]];
  for (const pause of pauses) {
    const start = pause.from.getTime();
    const end = pause.to?.getTime() ?? Infinity;
    pieces = pieces.flatMap(([a, b]): [number, number][] => {
      if (end <= a || start >= b) return [[a, b]];
      return [...(start > a ? [[a, start] as [number, number]] : []), ...(end < b ? [[end, b] as [number, number]] : [])];
    });
  }
  return pieces;
}

const nextDay = (dayOfChina: string) => new Date(Date.parse(`${dayOfChina}T00:00:00Z`) + day).toISOString().slice(0, 10);

/** The working time between two instants, in milliseconds, paused time left out; 0 when `to` is not after `from`. */
export function workingTimeBetween(calendar: WorkingCalendar, from: Date, to: Date, pauses: readonly Pause[] = []): number {
  const start = from.getTime();
  const end = to.getTime();
  let total = 0;
  for (let current = chinaDayOf(from); current <= chinaDayOf(to); current = nextDay(current)) {
    for (const [a, b] of workingSpansOn(calendar, current)) {
      for (const [c, d] of withoutPauses([Math.max(a, start), Math.min(b, end)], pauses)) if (d > c) total += d - c;
    }
  }
  return total;
}

/**
 * The instant at which `amount` milliseconds of working time have passed since `from`, paused time left out: an SLA
 * target's deadline. Null while a pause that has not ended stands before it (the deadline is not known yet).
 */
export function addWorkingTime(calendar: WorkingCalendar, from: Date, amount: number, pauses: readonly Pause[] = []): Date | null {
  const start = from.getTime();
  let left = amount;
  let current = chinaDayOf(from);
  for (let days = 0; days < horizonDays; days += 1, current = nextDay(current)) {
    for (const [a, b] of workingSpansOn(calendar, current)) {
      if (b <= start) continue;
      for (const [c, d] of withoutPauses([Math.max(a, start), b], pauses)) {
        if (d <= c) continue;
        if (left <= d - c) return new Date(c + left);
        left -= d - c;
      }
    }
    if (pauses.some((pause) => pause.to === null && pause.from.getTime() < Date.parse(`${current}T00:00:00+08:00`) + day)) return null;
  }
  throw new Error(`no deadline within ${horizonDays} days`);
}
