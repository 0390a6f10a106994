import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../http/context.ts';
import { summariseError } from '../jobs/jobs.ts';
import { maxTimerAttempts, retryDelayAfter } from './retry-delay.ts';
import { timers, type TimerPayload } from './schema.ts';
import type { DueTimer, TimerHandler } from './timer-handler.ts';

export interface TimerFailure {
  key: string;
  handler: string;
  attempts: number;
  error: string;
  gaveUp: boolean;
}

export interface SweepOutcome {
  fired: number;
  failures: TimerFailure[];
}

export interface SweepOptions {
  /** Timers claimed per transaction: small, so that a batch holds its locks briefly. */
  batchSize?: number;
  /**
   * How long one sweep goes on claiming batches: under the minute between sweeps, so that a burst of due timers (a
   * crowd of urgent requests) is worked through at the handlers' own pace rather than a fixed number a minute; what
   * is left when it runs out waits for the next sweep.
   */
  budgetMs?: number;
}

/**
 * Fires the timers that are due. Each batch is claimed in a transaction with `FOR UPDATE SKIP LOCKED`, so sweeps
 * running at once (two instances, an overrunning one) take different timers, and one that a committed sweep fired
 * is no longer due. Each handler runs in a savepoint of that transaction together with the timer's `fired_at`:
 * both commit or neither, so a crash loses no timer and fires none twice. A handler that throws has its writes
 * rolled back; its timer is tried again after a growing delay, then given up with the error kept on the row.
 */
export async function sweepTimers(db: Db, handlers: ReadonlyMap<string, TimerHandler>, ctx: AppContext, options: SweepOptions = {}): Promise<SweepOutcome> {
  const { batchSize = 10, budgetMs = 50_000 } = options;
  const outcome: SweepOutcome = { fired: 0, failures: [] };
  const deadline = Date.now() + budgetMs;
  while (Date.now() < deadline) {
    const claimed = await db.transaction(async (tx) => {
      const due = await tx.execute<{ id: string; handler: string; key: string; fire_at: Date | string; payload: TimerPayload; attempts: number }>(sql`
        SELECT id, handler, key, fire_at, payload, attempts FROM ${timers}
        WHERE fired_at IS NULL AND given_up_at IS NULL AND coalesce(retry_at, fire_at) <= clock_timestamp()
        ORDER BY coalesce(retry_at, fire_at) LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`);
      for (const row of due.rows) {
        const timer: DueTimer = { id: row.id, handler: row.handler, key: row.key, fireAt: new Date(row.fire_at), payload: row.payload, attempts: row.attempts };
        try {
          const handle = handlers.get(timer.handler);
          if (!handle) throw new Error(`no timer handler is named ${timer.handler}`);
          await tx.transaction(async (savepoint) => {
            await handle(savepoint, timer, ctx);
            await savepoint.update(timers).set({ firedAt: sql`clock_timestamp()`, retryAt: null }).where(eq(timers.id, timer.id));
          });
          outcome.fired += 1;
        } catch (error) {
          const attempts = timer.attempts + 1;
          const gaveUp = attempts >= maxTimerAttempts;
          const message = summariseError(error).message;
          await tx
            .update(timers)
            .set({
              attempts,
              lastError: message,
              ...(gaveUp ? { givenUpAt: sql`clock_timestamp()` } : { retryAt: sql`clock_timestamp() + ${retryDelayAfter(attempts)} * interval '1 millisecond'` }),
            })
            .where(eq(timers.id, timer.id));
          outcome.failures.push({ key: timer.key, handler: timer.handler, attempts, error: message, gaveUp });
        }
      }
      return due.rows.length;
    });
    if (claimed < batchSize) break;
  }
  return outcome;
}
