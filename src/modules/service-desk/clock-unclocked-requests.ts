import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { timers } from '../../platform/timers/schema.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { openStates } from './request-workflow.ts';
import { serviceRequests, serviceRequestSlaOutcomes } from './schema.ts';

/**
 * Sets the SLA clock of open requests that never had one: rows a migration wrote in SQL (the technology market's
 * window requests, moved into the desk), which cannot run the working calendar's arithmetic. Such a request has no
 * deadline stored, no timer and no outcome recorded; each is refreshed as any write would, in its own transaction.
 * Run at every start, it finds nothing once they are done (several instances at once set the same timers).
 */
export async function clockUnclockedRequests(db: Db): Promise<number> {
  const unclocked = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(
      and(
        inArray(serviceRequests.state, [...openStates]),
        isNull(serviceRequests.slaResponseDueAt),
        isNull(serviceRequests.slaResolutionDueAt),
        sql`not exists (select 1 from ${timers} where ${timers.key} like 'service-request:' || ${serviceRequests.id} || ':%')`,
        sql`not exists (select 1 from ${serviceRequestSlaOutcomes} where ${serviceRequestSlaOutcomes.requestId} = ${serviceRequests.id})`,
      ),
    );
  for (const { id } of unclocked) await db.transaction((tx) => refreshRequestSla(db, tx, id));
  return unclocked.length;
}
