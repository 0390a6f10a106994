import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { conflict, notFound } from '../http/errors.ts';
import type { AppContext } from '../http/context.ts';
import { notify } from '../notifications/notify.ts';
import { beijingTime, rosterLink } from './roster-rules.ts';
import { shiftSwaps, teamShifts, type ShiftSwap, type SwapState, type TeamShift } from './schema.ts';

/** A pending swap of one of this team's shifts, locked; of another team it answers 404 like none, decided 409. */
export async function lockPendingSwap(tx: Tx, teamId: string, swapId: string): Promise<{ swap: ShiftSwap; shift: TeamShift }> {
  const [row] = await tx
    .select({ swap: shiftSwaps, shift: teamShifts })
    .from(shiftSwaps)
    .innerJoin(teamShifts, eq(teamShifts.id, shiftSwaps.shiftId))
    .where(and(eq(shiftSwaps.id, swapId), eq(teamShifts.teamId, teamId)))
    .for('update');
  if (!row) throw notFound();
  if (row.swap.state !== 'pending') throw conflict('roster.swapNotPending');
  return row;
}

export async function decideSwap(tx: Tx, swapId: string, state: Exclude<SwapState, 'pending'>, decidedBy: string | null): Promise<ShiftSwap> {
  const [swap] = await tx.update(shiftSwaps).set({ state, decidedBy, decidedAt: sql`now()` }).where(eq(shiftSwaps.id, swapId)).returning();
  return swap!;
}

/** Tells people of a swap of a shift, named by the one who acted, in the transaction of the change. */
export async function notifySwap(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  notice: { userIds: string[]; message: string; actorName: string; teamName: string; shift: TeamShift; swapId: string },
) {
  const { shift } = notice;
  await notify(tx, ctx, {
    userIds: notice.userIds,
    kind: 'roster.swap',
    message: notice.message,
    params: { name: notice.actorName, team: notice.teamName, start: beijingTime(shift.startsAt) },
    link: rosterLink(shift),
    record: { kind: 'shift-swap', id: notice.swapId },
  });
}
