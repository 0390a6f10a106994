import { and, eq, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { teamScopeAllows, teamScopeCondition, teamScopeOf, type TeamScope } from '../../platform/teams/team-scope.ts';
import { talentRecords, type TalentRecord } from './schema.ts';

/** A member of staff as the talent policy sees them. */
export interface TalentUser {
  id: string;
  permissions: readonly Permission[];
}

/**
 * The talent records a user sees on a China day (today by default): every one with talent.readAll; otherwise those
 * of the teams they belong to that day and those they own. Enterprise users hold no talent permission at all.
 */
export function talentScopeOf(db: DbOrTx, user: TalentUser, day: string = chinaToday()): Promise<TeamScope> {
  return teamScopeOf(db, user, user.permissions.includes('talent.readAll'), day);
}

/** The condition on talent records that keeps the rows in the scope; undefined when all are. */
export function visibleTalent(scope: TeamScope): SQL | undefined {
  return teamScopeCondition(scope, { teamId: talentRecords.teamId, ownerId: talentRecords.ownerId });
}

/** A record the scope sees, locked for the caller's transaction when asked; 404 exactly like a missing id otherwise. */
export async function findVisibleTalent(db: DbOrTx, scope: TeamScope, id: string, options: { lock?: boolean } = {}): Promise<TalentRecord> {
  const query = db.select().from(talentRecords).where(and(eq(talentRecords.id, id), visibleTalent(scope)));
  const [record] = options.lock ? await query.for('update') : await query;
  if (!record) throw notFound();
  return record;
}

/** Whether the user works the record (edits it, moves it): whoever sees it and holds talent.work. */
export function mayWorkTalent(user: TalentUser, scope: TeamScope, record: Pick<TalentRecord, 'teamId' | 'ownerId'>): boolean {
  return user.permissions.includes('talent.work') && teamScopeAllows(scope, record);
}

export const mayNotWorkTalent = () => new AppError(403, 'talent.mayNotWork');
