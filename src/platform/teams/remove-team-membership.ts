import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import { lockOpenTeam } from './membership-rules.ts';
import { teamMemberships } from './schema.ts';

/**
 * Deletes a membership entered by mistake. Someone who leaves a team has their membership ended instead, so that
 * who belonged when stays known; the audit trail keeps the deleted one.
 */
export async function removeTeamMembership(db: Db, actor: Actor, teamId: string, membershipId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpenTeam(tx, teamId);
    const [removed] = await tx
      .delete(teamMemberships)
      .where(and(eq(teamMemberships.id, membershipId), eq(teamMemberships.teamId, teamId)))
      .returning();
    if (!removed) throw notFound();
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'removeMember', before: removed });
  });
}
