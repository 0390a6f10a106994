import { asc } from 'drizzle-orm';
import type pg from 'pg';
import type { ChangeFeed } from '../db/change-feed.ts';
import type { Db, DbOrTx } from '../db/connection.ts';
import { calendarYears } from './schema.ts';
import { chinaBusinessCalendar, type WorkingCalendar } from './working-calendar.ts';

/** The channel on which the database announces every change of `calendar_years` (migration 0039). */
export const calendarChangeChannel = 'qiao_calendar';

interface HeldCalendar {
  feed: ChangeFeed | null;
  calendar: WorkingCalendar | null;
  /** Counts drops: a read that overlapped one may have seen the calendar before the change. */
  generation: number;
}

// One per database (its pool): an instance's routes, jobs and timer handlers share it.
const held = new WeakMap<pg.Pool, HeldCalendar>();

function heldFor(db: Db): HeldCalendar {
  let entry = held.get(db.$client);
  if (!entry) {
    entry = { feed: null, calendar: null, generation: 0 };
    held.set(db.$client, entry);
  }
  return entry;
}

/** Drops the calendar held for a database; the next read asks the table again. */
export function forgetBusinessCalendar(db: Db): void {
  const entry = heldFor(db);
  entry.generation += 1;
  entry.calendar = null;
}

/**
 * Lets `readBusinessCalendar` keep the calendar in memory while the change feed listens: any change of the years
 * on any instance, and any gap in the feed, drops it. Without this (a script, a bench) every read asks the table.
 */
export async function followCalendarChanges(db: Db, feed: ChangeFeed): Promise<() => void> {
  const entry = heldFor(db);
  const unsubscribe = await feed.subscribe(calendarChangeChannel, { onChange: () => forgetBusinessCalendar(db), onGap: () => forgetBusinessCalendar(db) });
  entry.feed = feed;
  return () => {
    unsubscribe();
    if (entry.feed === feed) entry.feed = null;
    forgetBusinessCalendar(db);
  };
}

/**
 * Business hours on China's working days as the years in `calendar_years` say: what SLA clocks and deadlines count
 * on. Takes the database, not a transaction: the calendar is read beside a write, not as part of it. A year not
 * entered yet counts Monday to Friday.
 */
export async function readBusinessCalendar(db: Db): Promise<WorkingCalendar> {
  const entry = heldFor(db);
  if (entry.calendar && entry.feed?.listening) return entry.calendar;
  const started = entry.generation;
  const calendar = await readCalendarWithin(db);
  if (started === entry.generation && entry.feed?.listening) entry.calendar = calendar;
  return calendar;
}

/**
 * The same calendar read inside a transaction, uncached: for the first start's demo seed, one transaction with no
 * database beside it, which must see the years its migrations just wrote.
 */
export async function readCalendarWithin(tx: DbOrTx): Promise<WorkingCalendar> {
  return chinaBusinessCalendar(await tx.select({ year: calendarYears.year, holidays: calendarYears.holidays, workdays: calendarYears.workdays }).from(calendarYears).orderBy(asc(calendarYears.year)));
}
