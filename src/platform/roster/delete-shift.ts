import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { lockOpenTeam } from '../teams/membership-rules.ts';
import { announceRosterChange, lockShift, requirePlanner, type RosterActor } from './roster-rules.ts';
import { teamShifts } from './schema.ts';

/** Takes a shift off the roster, with any swap asked for it. */
export async function deleteShift(db: Db, actor: RosterActor, teamId: string, shiftId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpenTeam(tx, teamId);
    await requirePlanner(tx, actor, teamId);
    const before = await lockShift(tx, teamId, shiftId);
    await tx.delete(teamShifts).where(eq(teamShifts.id, shiftId));
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'deleteShift', before });
    await announceRosterChange(tx, teamId);
  });
}
