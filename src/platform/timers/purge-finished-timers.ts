import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { deleteInBatches } from '../db/in-batches.ts';
import { timerPurgeHorizon, timers } from './schema.ts';

/**
 * Deletes the timers that fired or were given up before `before`, for instants before it too, `batchSize` at a
 * time; pending timers stay, however late. Returns how many went.
 */
export async function purgeFinishedTimers(db: Db, before: Date, batchSize = 1_000): Promise<number> {
  const cutoff = before.toISOString();
  // The horizon first: from then on no timer due before it is set again (see scheduleTimer), so no key deleted
  // below fires a second time. It never moves back, since what it covered may be gone already.
  await db.execute(sql`
    INSERT INTO ${timerPurgeHorizon} (purged_before) VALUES (${cutoff}::timestamptz)
    ON CONFLICT (singleton) DO UPDATE SET purged_before = greatest(${timerPurgeHorizon.purgedBefore}, excluded.purged_before)`);
  return deleteInBatches(
    db,
    timers,
    sql`(${timers.firedAt} IS NOT NULL OR ${timers.givenUpAt} IS NOT NULL) AND ${timers.fireAt} < ${cutoff}::timestamptz
      AND coalesce(${timers.firedAt}, ${timers.givenUpAt}) < ${cutoff}::timestamptz`,
    sql`${timers.fireAt}`,
    batchSize,
  );
}
