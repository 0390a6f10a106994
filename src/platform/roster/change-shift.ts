import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import { lockOpenTeam } from '../teams/membership-rules.ts';
import type { ShiftInput } from './plan-shift.ts';
import { announceRosterChange, checkShiftLength, checkShiftMember, lockShift, refusingOverlap, requirePlanner, type RosterActor } from './roster-rules.ts';
import { shiftSwaps, teamShifts, type TeamShift } from './schema.ts';

/**
 * Moves a shift, gives it to someone else or changes its note. A swap still asked for a shift whose holder or
 * times change is withdrawn: it was asked for another shift.
 */
export async function changeShift(db: Db, actor: RosterActor, teamId: string, shiftId: string, changes: Partial<ShiftInput>): Promise<TeamShift> {
  return db.transaction(async (tx) => {
    await lockOpenTeam(tx, teamId);
    await requirePlanner(tx, actor, teamId);
    const before = await lockShift(tx, teamId, shiftId);
    const next = {
      userId: changes.userId ?? before.userId,
      startsAt: changes.startsAt ?? before.startsAt,
      endsAt: changes.endsAt ?? before.endsAt,
      note: changes.note === undefined ? before.note : changes.note,
    };
    checkShiftLength(next);
    await checkShiftMember(tx, teamId, next.userId, next);
    const [after] = await refusingOverlap(() =>
      tx.update(teamShifts).set({ ...next, updatedAt: sql`now()` }).where(eq(teamShifts.id, shiftId)).returning(),
    );
    const moved = next.userId !== before.userId || next.startsAt.getTime() !== before.startsAt.getTime() || next.endsAt.getTime() !== before.endsAt.getTime();
    if (moved) {
      await tx
        .update(shiftSwaps)
        .set({ state: 'cancelled', decidedBy: actor.id, decidedAt: sql`now()` })
        .where(and(eq(shiftSwaps.shiftId, shiftId), eq(shiftSwaps.state, 'pending')));
    }
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'changeShift', before, after });
    await announceRosterChange(tx, teamId);
    return after!;
  });
}
