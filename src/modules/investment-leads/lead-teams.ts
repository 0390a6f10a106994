import type { DbOrTx } from '../../platform/db/connection.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';

/**
 * The team that keeps a lead once a person holds it: the team it is in if they belong to it that day, else their
 * first team that day; someone in no team (an administrator) leaves it where it is.
 */
export async function keepingTeamOf(db: DbOrTx, userId: string, currentTeamId: string | null, day: string): Promise<string | null> {
  const teamIds = (await membershipsOn(db, day, { userIds: [userId] })).map((m) => m.teamId);
  if (currentTeamId && teamIds.includes(currentTeamId)) return currentTeamId;
  return teamIds[0] ?? currentTeamId;
}
