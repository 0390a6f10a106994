import pino from 'pino';
import type { AppContext } from '../http/context.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import { runHousekeeping } from './run-housekeeping.ts';

export const housekeepingJobName = 'housekeeping.daily';

/**
 * The housekeeping, daily at 02:30 Beijing time (18:30 UTC), when the offices are closed and its deletions compete
 * with nobody; a pg-boss schedule, so once however many instances run. What it removed is logged.
 */
export function housekeepingJob(ctx: AppContext): JobDefinition<object> {
  const log = pino({ name: 'housekeeping', level: ctx.config.logLevel });
  return {
    name: housekeepingJobName,
    cron: '30 18 * * *',
    handle: async () => {
      const removed = await runHousekeeping(ctx);
      log.info({ removed, retentionDays: ctx.config.retention }, 'housekeeping done');
    },
  };
}
