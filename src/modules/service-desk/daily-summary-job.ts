import type { AppContext } from '../../platform/http/context.ts';
import type { JobDefinition } from '../../platform/jobs/jobs.ts';
import { produceDailySummaries, summaryDayAt } from './produce-daily-summary.ts';

export const dailySummaryJob = 'service-desk.daily-summary';

/** The schedule's cron (pg-boss reads it in UTC) for a Beijing time of day: Beijing is UTC+8 all year. */
export const dailySummaryCron = ({ hour, minute }: { hour: number; minute: number }): string => `${minute} ${(hour + 16) % 24} * * *`;

/**
 * Each morning at SERVICE_DESK_SUMMARY_TIME (07:00 Beijing by default), for the 7:30 meeting: every team's summary
 * of the day before. A schedule fires once however many instances run; a retry, or a run by hand, finds the
 * summaries made and changes nothing.
 */
export function dailySummaryJobDefinition(ctx: AppContext): JobDefinition<object> {
  return {
    name: dailySummaryJob,
    cron: dailySummaryCron(ctx.config.serviceDeskSummary),
    handle: async () => {
      const now = new Date();
      await produceDailySummaries(ctx, { day: summaryDayAt(now), now });
    },
  };
}
