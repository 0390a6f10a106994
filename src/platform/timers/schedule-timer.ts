import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { timers, type TimerPayload } from './schema.ts';

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
 * record. A timer that has fired stays fired: what needs doing again needs a key of its own.
 */
export async function scheduleTimer(tx: Tx, { handler, key, fireAt, payload = {} }: TimerRequest): Promise<void> {
  if (Number.isNaN(fireAt.getTime())) throw new Error(`timer ${key} has no valid time`);
  await tx.execute(sql`
    INSERT INTO ${timers} (handler, key, fire_at, payload) VALUES (${handler}, ${key}, ${fireAt.toISOString()}, ${JSON.stringify(payload)}::jsonb)
    ON CONFLICT (key) DO UPDATE SET
      handler = excluded.handler, fire_at = excluded.fire_at, payload = excluded.payload,
      attempts = 0, last_error = NULL, retry_at = NULL, given_up_at = NULL
    WHERE ${timers.firedAt} IS NULL
      AND (${timers.handler}, ${timers.fireAt}, ${timers.payload}) IS DISTINCT FROM (excluded.handler, excluded.fire_at, excluded.payload)`);
}
