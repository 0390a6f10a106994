import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { invalidInput } from '../http/errors.ts';
import { calendarYearProblems } from './calendar-year-rules.ts';
import { forgetBusinessCalendar } from './read-business-calendar.ts';
import { calendarYears, type HolidayYear } from './schema.ts';

/**
 * Enters a year's calendar, or replaces it as a whole (a corrected announcement), audited with the year before and
 * after. Refused with the problems field by field (400) and nothing written when the year does not hold together.
 * Returns whether the year is new.
 */
export async function saveCalendarYear(db: Db, actor: Actor, input: HolidayYear): Promise<{ created: boolean }> {
  const problems = calendarYearProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const holidays = [...input.holidays].sort((a, b) => a.from.localeCompare(b.from));
  const workdays = [...input.workdays].sort();
  const created = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarYears).where(eq(calendarYears.year, input.year)).for('update');
    await tx
      .insert(calendarYears)
      .values({ year: input.year, holidays, workdays })
      .onConflictDoUpdate({ target: calendarYears.year, set: { holidays, workdays, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      entityType: 'calendar-year',
      entityId: String(input.year),
      action: before ? 'update' : 'create',
      before: before ? { holidays: before.holidays, workdays: before.workdays } : null,
      after: { holidays, workdays },
    });
    return !before;
  });
  // This instance drops its copy before answering; the others hear the trigger's notice.
  forgetBusinessCalendar(db);
  return { created };
}
