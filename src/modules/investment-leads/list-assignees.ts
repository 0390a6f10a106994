import { and, arrayContains, asc, eq, inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teamsLedBy, type LeadUser } from './lead-policy.ts';

/** The officers the user may hand leads to: every active officer for holders of lead.assign, else their teams' members. */
export async function listAssignees(db: DbOrTx, user: LeadUser): Promise<{ id: string; name: string }[]> {
  const officers = and(arrayContains(users.roles, ['officer']), eq(users.disabled, false));
  if (user.permissions.includes('lead.assign')) {
    return db.select({ id: users.id, name: users.displayName }).from(users).where(officers).orderBy(asc(users.displayName));
  }
  const day = chinaToday();
  const led = await teamsLedBy(db, user.id, day);
  const members = [...new Set((await membershipsOn(db, day, { teamIds: led })).map((m) => m.userId))];
  if (!members.length) return [];
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(officers, inArray(users.id, members)))
    .orderBy(asc(users.displayName));
}
