import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { calendarYears } from './schema.ts';

/** Every year entered, oldest first, with its holidays in date order. */
export async function listCalendarYears(db: DbOrTx) {
  const years = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return years.map((year) => ({ ...year, holidays: [...year.holidays].sort((a, b) => a.from.localeCompare(b.from)), workdays: [...year.workdays].sort() }));
}
