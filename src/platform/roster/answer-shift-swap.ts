import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../http/errors.ts';
import type { AppContext } from '../http/context.ts';
import { lockOpenTeam } from '../teams/membership-rules.ts';
import { announceRosterChange, checkShiftMember, refusingOverlap, type RosterActor } from './roster-rules.ts';
import { teamShifts, type ShiftSwap } from './schema.ts';
import { decideSwap, lockPendingSwap, notifySwap } from './swap-rules.ts';

/**
 * The person asked answers a swap: accepting, the shift becomes theirs (if they are still free then and in the
 * team), and both are told; declining, the one who asked is told.
 */
export async function answerShiftSwap(
  ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>,
  actor: RosterActor,
  teamId: string,
  swapId: string,
  answer: 'accept' | 'decline',
): Promise<ShiftSwap> {
  return ctx.db.transaction(async (tx) => {
    const team = await lockOpenTeam(tx, teamId);
    const { swap: before, shift } = await lockPendingSwap(tx, teamId, swapId);
    if (before.askedUserId !== actor.id) throw new AppError(403, 'roster.notAsked');
    let after: ShiftSwap;
    if (answer === 'accept') {
      await checkShiftMember(tx, teamId, before.askedUserId, shift, 'askedUserId');
      const [taken] = await refusingOverlap(
        () => tx.update(teamShifts).set({ userId: before.askedUserId, updatedAt: sql`now()` }).where(eq(teamShifts.id, shift.id)).returning(),
        'askedUserId',
      );
      after = await decideSwap(tx, swapId, 'accepted', actor.id);
      await recordAudit(tx, actor, [
        { entityType: 'team', entityId: teamId, action: 'acceptShiftSwap', before, after },
        { entityType: 'team', entityId: teamId, action: 'changeShift', before: shift, after: taken },
      ]);
      await notifySwap(tx, ctx, { userIds: [before.requestedBy, before.askedUserId], message: 'roster.swapAccepted', actorName: actor.name, teamName: team.name, shift, swapId });
    } else {
      after = await decideSwap(tx, swapId, 'declined', actor.id);
      await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'declineShiftSwap', before, after });
      await notifySwap(tx, ctx, { userIds: [before.requestedBy], message: 'roster.swapDeclined', actorName: actor.name, teamName: team.name, shift, swapId });
    }
    await announceRosterChange(tx, teamId);
    return after;
  });
}
