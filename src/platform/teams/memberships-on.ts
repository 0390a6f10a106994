import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { teamMemberships, teams, type TeamRole } from './schema.ts';

export interface MembershipOnDay {
  teamId: string;
  teamName: string;
  userId: string;
  role: TeamRole;
}

/**
 * Who belonged to which team on one China calendar day, narrowed to some teams, some people or one role: the
 * question every module asks of teams (an officer's teams for what they may see, a team's lead to escalate to,
 * a team's members for its monthly activity). Archived teams count for the days they had members.
 */
export async function membershipsOn(
  db: DbOrTx,
  day: string,
  filter: { teamIds?: readonly string[]; userIds?: readonly string[]; role?: TeamRole } = {},
): Promise<MembershipOnDay[]> {
  if (filter.teamIds?.length === 0 || filter.userIds?.length === 0) return [];
  return db
    .select({ teamId: teamMemberships.teamId, teamName: teams.name, userId: teamMemberships.userId, role: teamMemberships.role })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .where(
      and(
        lte(teamMemberships.startsOn, day),
        or(isNull(teamMemberships.endsOn), gte(teamMemberships.endsOn, day)),
        filter.teamIds ? inArray(teamMemberships.teamId, [...filter.teamIds]) : undefined,
        filter.userIds ? inArray(teamMemberships.userId, [...filter.userIds]) : undefined,
        filter.role ? eq(teamMemberships.role, filter.role) : undefined,
      ),
    )
    .orderBy(teams.name);
}
