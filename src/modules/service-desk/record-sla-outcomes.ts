import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { RequestSla } from './request-sla.ts';
import { serviceRequestSlaOutcomes } from './schema.ts';
import { slaOutcome } from './summary-figures.ts';

/**
 * Stores how the targets of the request's current cycle stand decided at `now` (met, or breached at the
 * deadline), inside the caller's transaction; a target no longer decided (a deadline moved later by a new
 * priority) loses its row, so the counts always say what the clock says.
 */
export async function recordSlaOutcomes(tx: DbOrTx, requestId: string, sla: RequestSla, now: Date): Promise<void> {
  const targets = [
    ['response', sla.status.firstResponse],
    ['resolution', sla.status.resolution],
  ] as const;
  for (const [target, status] of targets) {
    const decided = status ? slaOutcome(status, now) : null;
    const key = and(
      eq(serviceRequestSlaOutcomes.requestId, requestId),
      eq(serviceRequestSlaOutcomes.cycle, sla.cycle.number),
      eq(serviceRequestSlaOutcomes.target, target),
    );
    if (!status || !decided) {
      await tx.delete(serviceRequestSlaOutcomes).where(key);
      continue;
    }
    await tx
      .insert(serviceRequestSlaOutcomes)
      .values({ requestId, cycle: sla.cycle.number, target, outcome: decided.outcome, dueAt: status.dueAt, metAt: status.metAt, decidedAt: decided.at })
      .onConflictDoUpdate({
        target: [serviceRequestSlaOutcomes.requestId, serviceRequestSlaOutcomes.cycle, serviceRequestSlaOutcomes.target],
        set: {
          outcome: sql`excluded.outcome`,
          dueAt: sql`excluded.due_at`,
          metAt: sql`excluded.met_at`,
          decidedAt: sql`excluded.decided_at`,
        },
      });
  }
}
