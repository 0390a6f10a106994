import { and, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { localizedName } from '../../platform/i18n/localized-name.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { teams } from '../../platform/teams/schema.ts';
import { summaryDayAt } from './produce-daily-summary.ts';
import { serviceCategories, serviceDailySummaries } from './schema.ts';
import type { DailySummaryView } from './summary-schemas.ts';
import { summaryScopeAllows } from './summary-policy.ts';

/** One team's summary of a day, categories named in the reader's language; 404 for a team outside the scope. */
export async function getDailySummary(db: DbOrTx, scope: TeamScope, teamId: string, day: string, locale: Locale, now: Date = new Date()): Promise<DailySummaryView> {
  if (!summaryScopeAllows(scope, teamId)) throw notFound();
  const [row] = await db
    .select({ summary: serviceDailySummaries, teamName: teams.name, producedByName: users.displayName })
    .from(serviceDailySummaries)
    .innerJoin(teams, eq(teams.id, serviceDailySummaries.teamId))
    .leftJoin(users, eq(users.id, serviceDailySummaries.producedById))
    .where(and(eq(serviceDailySummaries.teamId, teamId), eq(serviceDailySummaries.day, day)));
  if (!row) throw notFound();
  const categories = new Map((await db.select().from(serviceCategories)).map((category) => [category.code, localizedName(locale, category)]));
  const categoryName = (code: string) => categories.get(code) ?? code;
  const { summary } = row;
  const { figures } = summary;
  return {
    id: summary.id,
    teamId,
    teamName: row.teamName,
    day,
    producedAt: summary.producedAt,
    producedByName: summary.producedById ? row.producedByName : null,
    latest: day === summaryDayAt(now),
    created: figures.created,
    resolved: figures.resolved,
    sla: figures.sla,
    firstResponse: figures.firstResponse,
    resolution: figures.resolution,
    open: figures.open.map((item) => ({ ...item, categoryName: categoryName(item.categoryCode) })),
    repeated: figures.repeated.map((problem) => ({ ...problem, categoryName: categoryName(problem.categoryCode) })),
  };
}
