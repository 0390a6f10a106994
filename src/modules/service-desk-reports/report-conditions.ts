import { and, eq, inArray, isNull, sql, type Column, type SQL } from 'drizzle-orm';
import { inRange } from '../market-statistics/range-sql.ts';
import { openStates } from '../service-desk/request-workflow.ts';
import { serviceRequestSlaOutcomes, serviceRequests } from '../service-desk/schema.ts';
import { backlogAges, type BacklogAge } from './backlog-age.ts';
import type { MonthRange } from './report-months.ts';
import type { DeskReportQuery, FigureRequestsQuery } from './schemas.ts';

// One set of conditions for the figures and for the requests behind them, so that a figure opens exactly the
// requests it counts.

/**
 * The requests the report counts: those of the team and category asked for; a duplicate merged into another
 * request is that request's, not one of its own.
 */
export function countedRequests(filters: Pick<DeskReportQuery, 'teamId' | 'categoryCode'>): SQL {
  return and(
    isNull(serviceRequests.mergedIntoId),
    filters.teamId === 'none' ? isNull(serviceRequests.teamId) : filters.teamId ? eq(serviceRequests.teamId, filters.teamId) : undefined,
    filters.categoryCode ? eq(serviceRequests.categoryCode, filters.categoryCode) : undefined,
  )!;
}

/** Whether an instant column falls in the range's China months. */
export const inMonths = (column: Column, range: MonthRange) => inRange(sql`${column}`, range);

/** Open now: not yet resolved, whatever the months. */
export const openNow = inArray(serviceRequests.state, [...openStates]);

/** Whole days a request has been open, as SQL (0 in its first 24 hours). */
export const ageInDays = sql<number>`floor(extract(epoch from (now() - ${serviceRequests.createdAt})) / 86400)::int`;

/** Open requests of one age bucket: opened between its bounds' days ago. */
function ofAge(key: BacklogAge): SQL {
  const age = backlogAges.find((candidate) => candidate.key === key)!;
  return and(
    sql`${ageInDays} >= ${age.fromDays}`,
    age.toDays === null ? undefined : sql`${ageInDays} < ${age.toDays}`,
  )!;
}

/**
 * The SLA outcomes of a request (the row of service_requests in the query) decided in the months, of one target and
 * outcome when asked: an outcome counts in the China month it was decided (met in time, or due and not met).
 */
export function slaOutcomeCondition(figure: Pick<FigureRequestsQuery, 'target' | 'outcome'>, range: MonthRange): SQL {
  return and(
    eq(serviceRequestSlaOutcomes.requestId, serviceRequests.id),
    inMonths(serviceRequestSlaOutcomes.decidedAt, range),
    figure.target ? eq(serviceRequestSlaOutcomes.target, figure.target) : undefined,
    figure.outcome ? eq(serviceRequestSlaOutcomes.outcome, figure.outcome) : undefined,
  )!;
}

/** The condition on service_requests of the requests behind a figure, within the report's filters. */
export function figureCondition(query: FigureRequestsQuery, range: MonthRange): SQL {
  const counted = countedRequests(query);
  switch (query.figure) {
    case 'created':
      return and(counted, inMonths(serviceRequests.createdAt, range))!;
    case 'resolved':
      return and(counted, inMonths(serviceRequests.resolvedAt, range))!;
    case 'open':
      return and(counted, openNow, query.age ? ofAge(query.age) : undefined)!;
    case 'rated':
      return and(counted, inMonths(serviceRequests.ratedAt, range), query.rating ? eq(serviceRequests.rating, query.rating) : undefined)!;
    case 'sla':
      return and(counted, sql`EXISTS (SELECT 1 FROM ${serviceRequestSlaOutcomes} WHERE ${slaOutcomeCondition(query, range)})`)!;
  }
}
