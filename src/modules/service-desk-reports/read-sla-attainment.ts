import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { serviceRequestSlaOutcomes, serviceRequests } from '../service-desk/schema.ts';
import { attainmentBy, noAttainment, type SlaOutcome, type SlaTarget, type TargetAttainment } from './report-counting.ts';
import { countedRequests, slaOutcomeCondition } from './report-conditions.ts';
import { chinaMonthSql, monthsOf, type MonthRange } from './report-months.ts';
import { categoryNamesOf, teamKey, teamNamesOf, teamOfKey } from './report-names.ts';
import type { DeskReportQuery, SlaAttainmentReport } from './schemas.ts';

const outcomes = (figures: TargetAttainment) => figures.response.met + figures.response.breached + figures.resolution.met + figures.resolution.breached;

/**
 * SLA attainment: the first-response and resolution targets met and breached, and the share met, in total, per
 * China month, per team and per category (the most outcomes first). Each target of each cycle counts once, in the
 * month it was decided (service_request_sla_outcomes: met in time, or breached at its deadline), with the team and
 * category its request has now; a reopened request's new cycle counts again.
 */
export async function readSlaAttainment(db: DbOrTx, range: MonthRange, filters: DeskReportQuery, locale: Locale): Promise<SlaAttainmentReport> {
  const { rows } = await db.execute<{ month: string; team_id: string | null; category_code: string; target: SlaTarget; outcome: SlaOutcome; count: number }>(sql`
    SELECT ${chinaMonthSql(serviceRequestSlaOutcomes.decidedAt)} AS month, ${serviceRequests.teamId} AS team_id,
           ${serviceRequests.categoryCode} AS category_code, ${serviceRequestSlaOutcomes.target} AS target,
           ${serviceRequestSlaOutcomes.outcome} AS outcome, count(*)::int AS count
    FROM ${serviceRequestSlaOutcomes} JOIN ${serviceRequests} ON ${slaOutcomeCondition({}, range)}
    WHERE ${countedRequests(filters)}
    GROUP BY 1, 2, 3, 4, 5`);
  const [teamNames, categoryNames] = await Promise.all([teamNamesOf(db, rows.map((row) => row.team_id)), categoryNamesOf(db, rows.map((row) => row.category_code), locale)]);
  const months = attainmentBy(rows, (row) => row.month);
  const byOutcomes = (a: TargetAttainment, b: TargetAttainment) => outcomes(b) - outcomes(a);
  return {
    range,
    total: attainmentBy(rows, () => 'all').get('all') ?? noAttainment(),
    months: monthsOf(range).map((month) => ({ month, ...(months.get(month) ?? noAttainment()) })),
    teams: [...attainmentBy(rows, (row) => teamKey(row.team_id))].map(([key, figures]) => ({ teamId: teamOfKey(key), name: teamNames.get(key) ?? null, ...figures })).sort(byOutcomes),
    categories: [...attainmentBy(rows, (row) => row.category_code)].map(([code, figures]) => ({ categoryCode: code, name: categoryNames.get(code) ?? code, ...figures })).sort(byOutcomes),
  };
}
