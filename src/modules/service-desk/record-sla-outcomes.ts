import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { RequestSla } from './request-sla.ts';
import { serviceRequestSlaOutcomes } from './schema.ts';
import { slaOutcome } from './summary-figures.ts';

/**
 * Stores the targets of the request's current cycle that stand decided at `now` (met, or breached at the deadline),
 * inside the caller's transaction. A decided outcome is history: a later change of policy or priority does not
 * rewrite it; only a breach met late gets the time it was met.
 */
export async function recordSlaOutcomes(tx: DbOrTx, requestId: string, sla: RequestSla, now: Date): Promise<void> {
  const targets = [
    ['response', sla.status.firstResponse],
    ['resolution', sla.status.resolution],
  ] as const;
  for (const [target, status] of targets) {
    const decided = status ? slaOutcome(status, now) : null;
    if (!status || !decided) continue;
    await tx
      .insert(serviceRequestSlaOutcomes)
      .values({ requestId, cycle: sla.cycle.number, target, outcome: decided.outcome, dueAt: status.dueAt, metAt: status.metAt, decidedAt: decided.at })
      .onConflictDoUpdate({
        target: [serviceRequestSlaOutcomes.requestId, serviceRequestSlaOutcomes.cycle, serviceRequestSlaOutcomes.target],
        set: { metAt: sql`excluded.met_at` },
        setWhere: sql`${serviceRequestSlaOutcomes.outcome} = 'breached' AND ${serviceRequestSlaOutcomes.metAt} IS NULL`,
      });
  }
}
