import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import { checkMembership, lockOpenTeam, type MembershipPeriod } from './membership-rules.ts';
import { teamMemberships, type TeamMembership } from './schema.ts';

/**
 * Changes a membership's role or period; ending one (someone rotating out of a field office) is setting its last
 * day. A membership of another team answers 404, as one that does not exist.
 */
export async function changeTeamMembership(
  db: Db,
  actor: Actor,
  teamId: string,
  membershipId: string,
  changes: Partial<MembershipPeriod>,
): Promise<TeamMembership> {
  return db.transaction(async (tx) => {
    await lockOpenTeam(tx, teamId);
    const [before] = await tx
      .select()
      .from(teamMemberships)
      .where(and(eq(teamMemberships.id, membershipId), eq(teamMemberships.teamId, teamId)));
    if (!before) throw notFound();
    const period: MembershipPeriod = {
      role: changes.role ?? before.role,
      startsOn: changes.startsOn ?? before.startsOn,
      endsOn: changes.endsOn === undefined ? before.endsOn : changes.endsOn,
    };
    await checkMembership(tx, teamId, before.userId, period, membershipId);
    const [after] = await tx.update(teamMemberships).set(period).where(eq(teamMemberships.id, membershipId)).returning();
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'changeMember', before, after });
    return after!;
  });
}
