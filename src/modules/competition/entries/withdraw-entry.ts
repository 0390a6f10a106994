import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import { chinaDayOf } from '../../../platform/calendar/china-day.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { inRunningOrder } from '../competition-records.ts';
import { competitionEntries, competitionPhases, competitionRounds } from '../schema.ts';
import { withdrawalOpen } from './entry-problems.ts';
import { findEntry } from './entry-records.ts';

/** The entrant withdraws their own entry (404 for another's) before the round's first phase closes (409 after); audited. */
export async function withdrawEntry(db: Db, actor: Actor & { id: string }, entryId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await findEntry(tx, entryId, { lock: true, entrantUserId: actor.id });
    if (entry.state === 'withdrawn') throw new AppError(409, 'competition.entry.alreadyWithdrawn');
    const [round] = await tx.select().from(competitionRounds).where(eq(competitionRounds.id, entry.roundId));
    const [firstPhase] = inRunningOrder(await tx.select().from(competitionPhases).where(eq(competitionPhases.roundId, entry.roundId)));
    if (!withdrawalOpen(entry, round!, firstPhase, chinaDayOf(now))) throw new AppError(409, 'competition.entry.withdrawClosed');
    await tx.update(competitionEntries).set({ state: 'withdrawn', updatedAt: new Date() }).where(eq(competitionEntries.id, entry.id));
    await recordAudit(tx, actor, { entityType: 'competitionEntry', entityId: entry.id, action: 'withdraw', before: { state: entry.state }, after: { state: 'withdrawn' } });
  });
}
