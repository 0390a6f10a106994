import { recordAudit } from '../audit/record-audit.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError, conflict, invalidInput } from '../http/errors.ts';
import type { AppContext } from '../http/context.ts';
import { lockOpenTeam } from '../teams/membership-rules.ts';
import { announceRosterChange, checkShiftMember, lockShift, type RosterActor } from './roster-rules.ts';
import { shiftSwaps, type ShiftSwap } from './schema.ts';
import { notifySwap } from './swap-rules.ts';

/** The holder of a shift asks another member of the team to take it; the one asked is told. */
export async function askShiftSwap(
  ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>,
  actor: RosterActor,
  teamId: string,
  shiftId: string,
  input: { askedUserId: string; note: string | null },
): Promise<ShiftSwap> {
  return ctx.db.transaction(async (tx) => {
    const team = await lockOpenTeam(tx, teamId);
    const shift = await lockShift(tx, teamId, shiftId);
    if (shift.userId !== actor.id) throw new AppError(403, 'roster.notYourShift');
    if (input.askedUserId === actor.id) throw invalidInput([{ field: 'askedUserId', message: 'roster.swapWithSelf' }]);
    await checkShiftMember(tx, teamId, input.askedUserId, shift, 'askedUserId');
    let swap: ShiftSwap;
    try {
      [swap] = (await tx.insert(shiftSwaps).values({ shiftId, requestedBy: actor.id, askedUserId: input.askedUserId, note: input.note }).returning()) as [ShiftSwap];
    } catch (error) {
      if (isUniqueViolation(error, 'shift_swaps_one_pending')) throw conflict('roster.swapPending');
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'askShiftSwap', after: swap });
    await notifySwap(tx, ctx, { userIds: [input.askedUserId], message: 'roster.swapAsked', actorName: actor.name, teamName: team.name, shift, swapId: swap.id });
    await announceRosterChange(tx, teamId);
    return swap;
  });
}
