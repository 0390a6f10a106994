import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { AppError, conflict, invalidInput, notFound } from '../http/errors.ts';
import { staffRoles } from '../auth/roles.ts';
import { users } from '../auth/schema.ts';
import { teamMemberships, teams, type TeamRole } from './schema.ts';

export interface MembershipPeriod {
  role: TeamRole;
  startsOn: string;
  /** Last day, included; null while open. */
  endsOn: string | null;
}

/** Both ends included; an open end runs on for ever. */
const overlapsPeriod = (period: MembershipPeriod): SQL =>
  sql`daterange(${teamMemberships.startsOn}, ${teamMemberships.endsOn}, '[]') && daterange(${period.startsOn}::date, ${period.endsOn}::date, '[]')`;

/**
 * Locks the team for the rest of the transaction, so that two changes to its memberships at once are checked one
 * after the other and cannot both slip an overlapping period in. 404 for no such team; 409 once it is archived.
 */
export async function lockOpenTeam(tx: Tx, teamId: string) {
  const [team] = await tx.select().from(teams).where(eq(teams.id, teamId)).for('update');
  if (!team) throw notFound();
  if (team.archivedAt) throw conflict('team.archived');
  return team;
}

/**
 * What every membership must satisfy: a staff account, a period that ends after it starts, no overlap with the
 * same person's other periods in the team, and one lead at a time. `exceptId` is the membership being changed.
 */
export async function checkMembership(tx: Tx, teamId: string, userId: string, period: MembershipPeriod, exceptId?: string) {
  if (period.endsOn !== null && period.endsOn < period.startsOn) {
    throw invalidInput([{ field: 'endsOn', message: 'team.periodOrder' }]);
  }
  const [user] = await tx.select({ roles: users.roles }).from(users).where(eq(users.id, userId));
  if (!user) throw invalidInput([{ field: 'userId', message: 'team.userNotFound' }]);
  if (!user.roles.some((role) => (staffRoles as readonly string[]).includes(role))) {
    throw invalidInput([{ field: 'userId', message: 'team.memberNotStaff' }]);
  }
  const others = and(eq(teamMemberships.teamId, teamId), exceptId ? ne(teamMemberships.id, exceptId) : undefined, overlapsPeriod(period));
  const [samePerson] = await tx.select({ id: teamMemberships.id }).from(teamMemberships).where(and(others, eq(teamMemberships.userId, userId))).limit(1);
  if (samePerson) throw new AppError(409, 'team.periodOverlaps', { fields: [{ field: 'startsOn', message: 'team.periodOverlaps' }] });
  if (period.role === 'lead') {
    const [otherLead] = await tx.select({ id: teamMemberships.id }).from(teamMemberships).where(and(others, eq(teamMemberships.role, 'lead'))).limit(1);
    if (otherLead) throw new AppError(409, 'team.leadOverlaps', { fields: [{ field: 'role', message: 'team.leadOverlaps' }] });
  }
}
