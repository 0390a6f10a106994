import { and, isNull, notInArray } from 'drizzle-orm';
import pino from 'pino';
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../http/context.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import { timers } from './schema.ts';
import { sweepTimers } from './sweep-timers.ts';
import type { TimerHandler } from './timer-handler.ts';

export const timerSweepJobName = 'timers.sweep';

/** The sweep, every minute, once however many instances run (and safe if two overlap). Failures are logged. */
export function timerSweepJob(ctx: AppContext, handlers: ReadonlyMap<string, TimerHandler>): JobDefinition<object> {
  const log = pino({ name: 'timers', level: ctx.config.logLevel });
  return {
    name: timerSweepJobName,
    cron: '* * * * *',
    handle: async () => {
      const { failures } = await sweepTimers(ctx.db, handlers, ctx);
      for (const failure of failures) {
        if (failure.gaveUp) log.error(failure, 'timer given up after its last attempt');
        else log.warn(failure, 'timer handler failed; it will be tried again');
      }
    },
  };
}

/**
 * Refuses to start while pending timers name a handler no module declares (a handler renamed or removed): they
 * would otherwise fail quietly until given up.
 */
export async function checkTimerHandlers(db: Db, handlers: ReadonlyMap<string, TimerHandler>): Promise<void> {
  const pending = isNull(timers.firedAt);
  const orphaned = await db
    .selectDistinct({ handler: timers.handler })
    .from(timers)
    .where(and(pending, isNull(timers.givenUpAt), handlers.size > 0 ? notInArray(timers.handler, [...handlers.keys()]) : undefined));
  if (orphaned.length > 0) throw new Error(`pending timers name handlers no module declares: ${orphaned.map((row) => row.handler).join(', ')}`);
}
