import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { timerPurgeHorizon, timers, type TimerPayload } from './schema.ts';

export interface TimerRequest {
  handler: string;
  key: string;
  fireAt: Date;
  payload?: TimerPayload;
}

/**
 * Sets a timer inside the caller's transaction, so it exists if and only if the write that calls for it commits.
 * A pending timer of the same key is moved to the new time and payload (its failures forgotten); asked again for
 * the same time and payload, nothing changes, so a module may set its timers again after every change of a
 * record. A timer that has fired stays fired: what needs doing again needs a key of its own. Fired timers are purged
 * once old (`TIMER_RETENTION_DAYS`), so a key without a row, due before the purge's horizon, may be one that fired
 * and is gone: no timer is set for it.
 */
export async function scheduleTimer(tx: Tx, { handler, key, fireAt, payload = {} }: TimerRequest): Promise<void> {
  if (Number.isNaN(fireAt.getTime())) throw new Error(`timer ${key} has no valid time`);
  await tx.execute(sql`
    INSERT INTO ${timers} (handler, key, fire_at, payload)
    SELECT ${handler}, ${key}, ${fireAt.toISOString()}::timestamptz, ${JSON.stringify(payload)}::jsonb
    WHERE NOT EXISTS (SELECT FROM ${timerPurgeHorizon} WHERE purged_before > ${fireAt.toISOString()}::timestamptz)
      OR EXISTS (SELECT FROM ${timers} WHERE key = ${key})
    ON CONFLICT (key) DO UPDATE SET
      handler = excluded.handler, fire_at = excluded.fire_at, payload = excluded.payload,
      attempts = 0, last_error = NULL, retry_at = NULL, given_up_at = NULL
    WHERE ${timers.firedAt} IS NULL
      AND (${timers.handler}, ${timers.fireAt}, ${timers.payload}) IS DISTINCT FROM (excluded.handler, excluded.fire_at, excluded.payload)`);
}
