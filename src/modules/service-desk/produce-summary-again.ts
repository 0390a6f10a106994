import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/record-audit.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { teams } from '../../platform/teams/schema.ts';
import { produceDailySummaries, summaryDayAt } from './produce-daily-summary.ts';
import { summaryScopeAllows } from './summary-policy.ts';

/**
 * A supervisor's "produce again": the latest day's summary of one team, its figures as they stand now (a request
 * resolved late last night, an item closed before the meeting). Only the latest day: an older day's open items
 * would read as they are today, not as they were. Returns the day produced.
 */
export async function produceSummaryAgain(ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>, scope: TeamScope, actor: Actor, teamId: string, now: Date = new Date()): Promise<string> {
  const [team] = await ctx.db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!team || !summaryScopeAllows(scope, teamId)) throw notFound();
  const day = summaryDayAt(now);
  await produceDailySummaries(ctx, { day, now, teamIds: [teamId], replace: { actor } });
  return day;
}
