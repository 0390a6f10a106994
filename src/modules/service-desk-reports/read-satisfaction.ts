import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { serviceRequests } from '../service-desk/schema.ts';
import { noRatings, ratingsBy } from './report-counting.ts';
import { countedRequests, inMonths } from './report-conditions.ts';
import { chinaMonthSql, monthsOf, type MonthRange } from './report-months.ts';
import { categoryNamesOf, teamKey, teamNamesOf, teamOfKey } from './report-names.ts';
import type { DeskReportQuery, SatisfactionReport } from './schemas.ts';

/**
 * The enterprises' ratings of resolved requests (1–5), counted in the China month they were given: how many, the
 * mean and how many of each, in total, per month, per team and per category (the most rated first).
 */
export async function readSatisfaction(db: DbOrTx, range: MonthRange, filters: DeskReportQuery, locale: Locale): Promise<SatisfactionReport> {
  const { rows } = await db.execute<{ month: string; team_id: string | null; category_code: string; rating: number; count: number }>(sql`
    SELECT ${chinaMonthSql(serviceRequests.ratedAt)} AS month, ${serviceRequests.teamId} AS team_id,
           ${serviceRequests.categoryCode} AS category_code, ${serviceRequests.rating} AS rating, count(*)::int AS count
    FROM ${serviceRequests}
    WHERE ${countedRequests(filters)} AND ${serviceRequests.rating} IS NOT NULL AND ${inMonths(serviceRequests.ratedAt, range)}
    GROUP BY 1, 2, 3, 4`);
  const [teamNames, categoryNames] = await Promise.all([teamNamesOf(db, rows.map((row) => row.team_id)), categoryNamesOf(db, rows.map((row) => row.category_code), locale)]);
  const months = ratingsBy(rows, (row) => row.month);
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    range,
    total: ratingsBy(rows, () => 'all').get('all') ?? noRatings(),
    months: monthsOf(range).map((month) => ({ month, ...(months.get(month) ?? noRatings()) })),
    teams: [...ratingsBy(rows, (row) => teamKey(row.team_id))]
      .map(([key, figures]) => ({ teamId: teamOfKey(key), name: teamNames.get(key) ?? null, ...figures }))
      .sort(byCount),
    categories: [...ratingsBy(rows, (row) => row.category_code)].map(([code, figures]) => ({ categoryCode: code, name: categoryNames.get(code) ?? code, ...figures })).sort(byCount),
  };
}
