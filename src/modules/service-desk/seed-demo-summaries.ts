import type { Tx } from '../../platform/db/connection.ts';
import { deskTeamIds, readDailySummaryFigures, summaryDayAt } from './produce-daily-summary.ts';
import { serviceDailySummaries } from './schema.ts';

/**
 * Yesterday's summary of each desk team, from the demo requests seeded just before, so that 服务日报 has a page to
 * open on a fresh demo; the job produces the next ones. No notice: the seed has no job queue to e-mail through.
 */
export async function seedDemoSummaries(tx: Tx): Promise<void> {
  const now = new Date();
  const day = summaryDayAt(now);
  for (const teamId of await deskTeamIds(tx)) {
    const figures = await readDailySummaryFigures(tx, teamId, day, now);
    await tx.insert(serviceDailySummaries).values({ teamId, day, figures, producedAt: now }).onConflictDoNothing();
  }
}
