import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { checkMembership, lockOpenTeam, type MembershipPeriod } from './membership-rules.ts';
import { teamMemberships, type TeamMembership } from './schema.ts';

/** Puts a member of staff in a team for a period (from a day, until a day or further notice). */
export async function addTeamMember(db: Db, actor: Actor, teamId: string, input: MembershipPeriod & { userId: string }): Promise<TeamMembership> {
  return db.transaction(async (tx) => {
    await lockOpenTeam(tx, teamId);
    await checkMembership(tx, teamId, input.userId, input);
    const [membership] = await tx
      .insert(teamMemberships)
      .values({ teamId, userId: input.userId, role: input.role, startsOn: input.startsOn, endsOn: input.endsOn })
      .returning();
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'addMember', after: membership });
    return membership!;
  });
}
