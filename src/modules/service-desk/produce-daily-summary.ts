import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, sql, type AnyColumn } from 'drizzle-orm';
import { recordAudit, systemActor, type Actor } from '../../platform/audit/record-audit.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { teams } from '../../platform/teams/schema.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { serviceDeskPermissions } from './permissions.ts';
import { requestsWithNames } from './request-records.ts';
import { openStates, serviceRequestSubject } from './request-workflow.ts';
import {
  serviceDailySummaries,
  serviceRequests,
  serviceRequestSlaOutcomes,
  serviceRoutingRules,
  serviceSlaPolicies,
  type ServiceRequestState,
} from './schema.ts';
import {
  durationFigures,
  minutesBetween,
  openItemSla,
  repeatedProblemDays,
  repeatedProblems,
  type DailySummaryFigures,
  type ProblemSighting,
  type SlaCount,
} from './summary-figures.ts';
import './summary-messages.ts';

type SummaryContext = Pick<AppContext, 'db' | 'jobs' | 'config'>;

const dayMs = 86_400_000;
/** The instant a China calendar day begins. */
const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const addDays = (day: string, days: number) => chinaDayOf(new Date(chinaDayStart(day).getTime() + days * dayMs));

/** The day a summary produced at `now` is about: the China calendar day before. */
export const summaryDayAt = (now: Date): string => addDays(chinaDayOf(now), -1);

/** The page a summary is read on; notices link to it. */
export const summaryPath = (teamId: string, day: string) => `/service-desk/summaries/${teamId}/${day}`;

/**
 * One team's day as it stands at `now`: counted from the requests' own timestamps (a request belongs to the team
 * holding it now, so a handover moves its history along), open items as they are at `now`.
 */
export async function readDailySummaryFigures(db: DbOrTx, teamId: string, day: string, now: Date): Promise<DailySummaryFigures> {
  const from = chinaDayStart(day);
  const to = chinaDayStart(addDays(day, 1));
  const ofTeam = eq(serviceRequests.teamId, teamId);
  const within = (column: AnyColumn) => and(gte(column, from), lt(column, to));

  const [opened] = await db.select({ created: count() }).from(serviceRequests).where(and(ofTeam, within(serviceRequests.createdAt)));
  const responded = await db
    .select({ createdAt: serviceRequests.createdAt, firstResponseAt: serviceRequests.firstResponseAt })
    .from(serviceRequests)
    .where(and(ofTeam, within(serviceRequests.firstResponseAt)));
  const resolved = await db
    .select({ createdAt: serviceRequests.createdAt, resolvedAt: serviceRequests.resolvedAt })
    .from(serviceRequests)
    .where(and(ofTeam, within(serviceRequests.resolvedAt)));

  // Each request's state at `now` from its workflow history, so that a summary produced for a past morning lists
  // what was open then; one with no transition recorded by then counts as it stands.
  const stateAtNow = sql<ServiceRequestState>`coalesce((
    select ${workflowTransitions.toState} from ${workflowTransitions}
    where ${workflowTransitions.recordKind} = ${serviceRequestSubject.kind} and ${workflowTransitions.recordId} = ${serviceRequests.id}::text
      and ${workflowTransitions.at} <= ${now}
    order by ${workflowTransitions.at} desc, ${workflowTransitions.id} desc limit 1), ${serviceRequests.state})`;
  // A target breached by `now` and not met by then: the item was overdue that morning, even if resolved since
  // (its stored deadlines, which `openItemSla` reads, are the current cycle's and cleared once it is done).
  const overdueAtNow = sql<boolean>`exists (
    select 1 from ${serviceRequestSlaOutcomes}
    where ${serviceRequestSlaOutcomes.requestId} = ${serviceRequests.id} and ${serviceRequestSlaOutcomes.outcome} = 'breached'
      and ${serviceRequestSlaOutcomes.decidedAt} <= ${now}
      and (${serviceRequestSlaOutcomes.metAt} is null or ${serviceRequestSlaOutcomes.metAt} > ${now}))`;
  const open = await requestsWithNames(db, { stateAtNow, overdueAtNow })
    .where(and(ofTeam, inArray(stateAtNow, [...openStates]), lt(serviceRequests.createdAt, now)))
    .orderBy(sql`array_position(array['urgent','high','normal','low'], ${serviceRequests.priority})`, asc(serviceRequests.createdAt));

  // A merged duplicate is the same problem told twice, not the problem coming back.
  const recent = await requestsWithNames(db)
    .where(
      and(
        ofTeam,
        isNull(serviceRequests.mergedIntoId),
        gte(serviceRequests.createdAt, chinaDayStart(addDays(day, 1 - repeatedProblemDays))),
        lt(serviceRequests.createdAt, to),
      ),
    )
    .orderBy(asc(serviceRequests.createdAt));
  const sightings = recent.map(({ request, siteName, buildingName }): ProblemSighting => {
    const place = request.buildingId
      ? { locationKey: `building:${request.buildingId}`, locationLabel: `${siteName} ${buildingName}` }
      : request.siteId
        ? { locationKey: `site:${request.siteId}`, locationLabel: siteName! }
        : { locationKey: `text:${normalizeKey(request.locationText ?? '')}`, locationLabel: request.locationText ?? '' };
    return { requestId: request.id, reference: request.reference, categoryCode: request.categoryCode, ...place };
  });

  return {
    created: opened?.created ?? 0,
    resolved: resolved.length,
    sla: await readSlaCounts(db, teamId, { from, to }),
    firstResponse: durationFigures(responded.map((row) => minutesBetween(row.createdAt, row.firstResponseAt!))),
    resolution: durationFigures(resolved.map((row) => minutesBetween(row.createdAt, row.resolvedAt!))),
    open: open.map(({ request, ownerName, stateAtNow, overdueAtNow }) => ({
      requestId: request.id,
      reference: request.reference,
      categoryCode: request.categoryCode,
      priority: request.priority,
      state: stateAtNow,
      createdAt: request.createdAt.toISOString(),
      ownerName,
      sla: overdueAtNow ? 'breached' : openItemSla(request, now),
    })),
    repeated: repeatedProblems(sightings),
  };
}

/**
 * The team's SLA targets decided within the window, as recorded when decided (`record-sla-outcomes.ts`); merged
 * duplicates left out like everywhere in the figures. Null while the desk has no SLA policy at all and nothing was
 * measured, so the page says "not measured" rather than a row of zeros.
 */
async function readSlaCounts(db: DbOrTx, teamId: string, window: { from: Date; to: Date }): Promise<DailySummaryFigures['sla']> {
  const rows = await db
    .select({ target: serviceRequestSlaOutcomes.target, outcome: serviceRequestSlaOutcomes.outcome, count: count() })
    .from(serviceRequestSlaOutcomes)
    .innerJoin(serviceRequests, eq(serviceRequests.id, serviceRequestSlaOutcomes.requestId))
    .where(
      and(
        eq(serviceRequests.teamId, teamId),
        isNull(serviceRequests.mergedIntoId),
        gte(serviceRequestSlaOutcomes.decidedAt, window.from),
        lt(serviceRequestSlaOutcomes.decidedAt, window.to),
      ),
    )
    .groupBy(serviceRequestSlaOutcomes.target, serviceRequestSlaOutcomes.outcome);
  if (rows.length === 0) {
    const [policies] = await db.select({ count: count() }).from(serviceSlaPolicies);
    if (!policies?.count) return null;
  }
  const countOf = (target: 'response' | 'resolution'): SlaCount => ({
    met: rows.find((row) => row.target === target && row.outcome === 'met')?.count ?? 0,
    breached: rows.find((row) => row.target === target && row.outcome === 'breached')?.count ?? 0,
  });
  return { firstResponse: countOf('response'), resolution: countOf('resolution') };
}

/** The teams of the desk: those routing sends requests to and those holding any. */
export async function deskTeamIds(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ teamId: serviceRoutingRules.teamId })
    .from(serviceRoutingRules)
    .union(db.selectDistinct({ teamId: sql<string>`${serviceRequests.teamId}` }).from(serviceRequests).where(isNotNull(serviceRequests.teamId)));
  return rows.map((row) => row.teamId);
}

export interface ProduceOptions {
  day: string;
  now: Date;
  /** Some teams only (a supervisor's "produce again"); every team of the desk by default. */
  teamIds?: readonly string[];
  /**
   * Replace a summary already produced for the day (on demand, by `actor`); the scheduled job leaves it as it is,
   * so a second run, or a second instance, changes nothing.
   */
  replace?: { actor: Actor };
}

/**
 * Produces the day's summary of each team, one transaction per team: the row, and the first time a team's day is
 * produced, the notice to the desk's leaders (the holders of serviceRequest.readAll) linking to its page. Returns
 * the summaries written.
 */
export async function produceDailySummaries(ctx: SummaryContext, options: ProduceOptions): Promise<{ teamId: string; created: boolean }[]> {
  const { db } = ctx;
  const teamIds = options.teamIds ?? (await deskTeamIds(db));
  const written: { teamId: string; created: boolean }[] = [];
  for (const teamId of teamIds) {
    const result = await db.transaction(async (tx) => {
      const figures = await readDailySummaryFigures(tx, teamId, options.day, options.now);
      const values = { teamId, day: options.day, figures, producedAt: options.now, producedById: options.replace?.actor.id ?? null };
      const insert = tx.insert(serviceDailySummaries).values(values);
      const [row] = await (
        options.replace
          ? insert.onConflictDoUpdate({
              target: [serviceDailySummaries.teamId, serviceDailySummaries.day],
              set: { figures, producedAt: options.now, producedById: values.producedById },
            })
          : insert.onConflictDoNothing()
      ).returning({ id: serviceDailySummaries.id, created: sql<boolean>`xmax = 0` });
      if (!row) return null;
      await recordAudit(tx, options.replace?.actor ?? systemActor, {
        entityType: 'service-daily-summary',
        entityId: row.id,
        action: row.created ? 'produce' : 'produceAgain',
        after: { teamId, day: options.day },
      });
      if (row.created) {
        const [team] = await tx.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId));
        // The desk's own grants name the roles: a job has no composed table, and the permission is defined there alone.
        const leaders = await usersHoldingPermission(tx, serviceDeskPermissions, 'serviceRequest.readAll');
        await notify(tx, ctx, {
          userIds: leaders,
          kind: 'service-desk.daily-summary',
          message: 'serviceDeskSummary.notice.produced',
          params: { team: team?.name ?? '', day: options.day, created: figures.created, resolved: figures.resolved, open: figures.open.length },
          link: summaryPath(teamId, options.day),
          record: { kind: 'service-daily-summary', id: row.id },
        });
      }
      return { teamId, created: row.created };
    });
    if (result) written.push(result);
  }
  return written;
}
