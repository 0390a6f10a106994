import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { lockOpenTeam } from '../teams/membership-rules.ts';
import { announceRosterChange, checkShiftLength, checkShiftMember, refusingOverlap, requirePlanner, type RosterActor, type ShiftTimes } from './roster-rules.ts';
import { teamShifts, type TeamShift } from './schema.ts';

export interface ShiftInput extends ShiftTimes {
  userId: string;
  note: string | null;
}

/** Puts a member of the team on call for a time; planned by the team's lead or an administrator. */
export async function planShift(db: Db, actor: RosterActor, teamId: string, input: ShiftInput): Promise<TeamShift> {
  return db.transaction(async (tx) => {
    await lockOpenTeam(tx, teamId);
    await requirePlanner(tx, actor, teamId);
    checkShiftLength(input);
    await checkShiftMember(tx, teamId, input.userId, input);
    const [shift] = await refusingOverlap(() => tx.insert(teamShifts).values({ teamId, ...input }).returning());
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'planShift', after: shift });
    await announceRosterChange(tx, teamId);
    return shift!;
  });
}
