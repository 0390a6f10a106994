import type { Tx } from '../../platform/db/connection.ts';
import { deskTeamIds, readDailySummaryFigures, summaryDayAt } from './produce-daily-summary.ts';
import { serviceDailySummaries } from './schema.ts';
import { demoTrafficDays } from './seed-demo-traffic.ts';

const dayMs = 86_400_000;

/** 07:00 in Beijing the morning after the given China day (no daylight saving there: a day is 24 hours). */
const morningAfter = (day: string) => new Date(Date.parse(`${day}T07:00:00+08:00`) + dayMs);

/**
 * The summary of each desk team for every day of the demo's week, each as the job would have produced it at 07:00
 * the next morning from the requests seeded just before (yesterday's as of now while that morning is still ahead),
 * so that 服务日报 has a week to browse on a fresh demo; the job produces the next ones. No notice: the seed has no
 * job queue to e-mail through.
 */
export async function seedDemoSummaries(tx: Tx): Promise<void> {
  const now = new Date();
  const teamIds = await deskTeamIds(tx);
  for (let back = demoTrafficDays - 1; back >= 0; back--) {
    const day = summaryDayAt(new Date(now.getTime() - back * dayMs));
    const morning = morningAfter(day);
    const producedAt = morning.getTime() < now.getTime() ? morning : now;
    for (const teamId of teamIds) {
      const figures = await readDailySummaryFigures(tx, teamId, day, producedAt);
      await tx.insert(serviceDailySummaries).values({ teamId, day, figures, producedAt }).onConflictDoNothing();
    }
  }
}
