import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../http/errors.ts';
import type { AppContext } from '../http/context.ts';
import { lockOpenTeam } from '../teams/membership-rules.ts';
import { announceRosterChange, canPlan, type RosterActor } from './roster-rules.ts';
import type { ShiftSwap } from './schema.ts';
import { decideSwap, lockPendingSwap, notifySwap } from './swap-rules.ts';

/** The one who asked, the team's lead or an administrator withdraws a swap not yet answered; the others are told. */
export async function cancelShiftSwap(ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>, actor: RosterActor, teamId: string, swapId: string): Promise<ShiftSwap> {
  return ctx.db.transaction(async (tx) => {
    const team = await lockOpenTeam(tx, teamId);
    const { swap: before, shift } = await lockPendingSwap(tx, teamId, swapId);
    if (before.requestedBy !== actor.id && !(await canPlan(tx, actor, teamId))) throw new AppError(403, 'roster.notCanceller');
    const after = await decideSwap(tx, swapId, 'cancelled', actor.id);
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'cancelShiftSwap', before, after });
    const told = [before.askedUserId, before.requestedBy].filter((userId) => userId !== actor.id);
    await notifySwap(tx, ctx, { userIds: told, message: 'roster.swapCancelled', actorName: actor.name, teamName: team.name, shift, swapId });
    await announceRosterChange(tx, teamId);
    return after;
  });
}
