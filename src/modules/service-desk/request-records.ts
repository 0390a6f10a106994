import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import type { Db, DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { localizedName } from '../../platform/i18n/localized-name.ts';
import { teams } from '../../platform/teams/schema.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { siteBuildings, sites, siteUnits } from '../sites/schema.ts';
import { isRequester, visibleRequests, type RequestScope } from './request-policy.ts';
import { evaluateRequestSla } from './request-sla.ts';
import { openStates, reopenPeriodMs, serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceCategories, serviceRequestMessages, serviceRequests, type ServiceRequest } from './schema.ts';
import type { RequestDetail, RequestSummary } from './schemas.ts';

// Shared by the services that read requests: the queues, the detail, and every write that answers with the request.

const summaryColumns = {
  request: serviceRequests,
  enterpriseName: enterprises.name,
  category: { nameZhCn: serviceCategories.nameZhCn, nameZhTw: serviceCategories.nameZhTw, nameEn: serviceCategories.nameEn },
  teamName: teams.name,
  ownerName: users.displayName,
  siteName: sites.name,
  buildingName: siteBuildings.name,
  unitCode: siteUnits.code,
};

type SummaryRow = {
  request: ServiceRequest;
  enterpriseName: string | null;
  category: { nameZhCn: string; nameZhTw: string; nameEn: string };
  teamName: string | null;
  ownerName: string | null;
  siteName: string | null;
  buildingName: string | null;
  unitCode: string | null;
};

/** The requests joined with the names a list shows, and any `extra` columns the caller reads beside them. */
export function requestsWithNames<Extra extends SelectedFields = Record<never, never>>(db: DbOrTx, extra?: Extra) {
  return db
    .select({ ...summaryColumns, ...(extra as Extra) })
    .from(serviceRequests)
    .leftJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .innerJoin(serviceCategories, eq(serviceCategories.code, serviceRequests.categoryCode))
    .leftJoin(teams, eq(teams.id, serviceRequests.teamId))
    .leftJoin(users, eq(users.id, serviceRequests.ownerId))
    .leftJoin(sites, eq(sites.id, serviceRequests.siteId))
    .leftJoin(siteBuildings, eq(siteBuildings.id, serviceRequests.buildingId))
    .leftJoin(siteUnits, eq(siteUnits.id, serviceRequests.unitId));
}

const earliest = (...instants: (Date | null)[]) =>
  instants.reduce<Date | null>((first, instant) => (instant && (!first || instant < first) ? instant : first), null);

/** The queue's countdown: the target still counting that falls due first (its own warning with it). */
function nearestDeadline(request: ServiceRequest): { slaDueAt: Date | null; slaWarnAt: Date | null } {
  const response = { dueAt: request.slaResponseDueAt, warnAt: request.slaResponseWarnAt };
  const resolution = { dueAt: request.slaResolutionDueAt, warnAt: request.slaResolutionWarnAt };
  const dueAt = earliest(response.dueAt, resolution.dueAt);
  const nearest = dueAt && response.dueAt?.getTime() === dueAt.getTime() ? response : resolution;
  return { slaDueAt: dueAt, slaWarnAt: dueAt ? nearest.warnAt : null };
}

export function presentSummary(row: SummaryRow, locale: Locale): RequestSummary {
  const { request } = row;
  return {
    id: request.id,
    reference: request.reference,
    enterpriseId: request.enterpriseId,
    enterpriseName: row.enterpriseName,
    channel: request.channel,
    categoryCode: request.categoryCode,
    categoryName: localizedName(locale, row.category),
    priority: request.priority,
    location: {
      siteId: request.siteId,
      siteName: row.siteName,
      buildingId: request.buildingId,
      buildingName: row.buildingName,
      floorId: request.floorId,
      unitId: request.unitId,
      unitCode: row.unitCode,
      text: request.locationText,
    },
    description: request.description,
    state: request.state,
    teamId: request.teamId,
    teamName: row.teamName,
    ownerId: request.ownerId,
    ownerName: row.ownerName,
    openedByName: request.openedByName,
    rating: request.rating,
    acceptedAt: request.acceptedAt,
    firstResponseAt: request.firstResponseAt,
    resolvedAt: request.resolvedAt,
    closedAt: request.closedAt,
    ...nearestDeadline(request),
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

/** The request if the scope reaches it; any other id answers exactly as a missing one. */
export async function findVisibleRequest(db: DbOrTx, scope: RequestScope, id: string): Promise<ServiceRequest> {
  const [row] = await db
    .select()
    .from(serviceRequests)
    .where(and(eq(serviceRequests.id, id), visibleRequests(scope)));
  if (!row) throw notFound();
  return row;
}

/** The moves a person makes with a button; the others come with a reply (the enterprise's) or from the job. */
const buttonMoves = ['accept', 'startWork', 'waitOnEnterprise', 'resolve', 'reopen', 'merge'] as const satisfies RequestDetail['actions'];
const isButtonMove = (action: string): action is (typeof buttonMoves)[number] => (buttonMoves as readonly string[]).includes(action);

/** The buttons beyond the workflow's own moves: what the actor may do to the request as it stands. */
function otherActions(actor: WorkflowActor, request: ServiceRequest): RequestDetail['actions'] {
  const staff = actor.permissions.includes('serviceRequest.handle');
  const requester = isRequester(actor, request);
  const open = (openStates as readonly string[]).includes(request.state);
  const actions: RequestDetail['actions'] = [];
  if (staff && request.state !== 'closed') actions.push('reply');
  if (staff) actions.push('note');
  if (staff && open) actions.push('transfer');
  if (requester && !staff && open) actions.push('reply');
  if (requester && request.rating === null && (request.state === 'resolved' || (request.state === 'closed' && request.mergedIntoId === null))) actions.push('rate');
  return actions;
}

/** The whole request with its thread, its history and the actions the actor may take now. */
export async function readRequestDetail(db: Db, scope: RequestScope, actor: WorkflowActor, id: string, locale: Locale): Promise<RequestDetail> {
  const [row] = await requestsWithNames(db).where(and(eq(serviceRequests.id, id), visibleRequests(scope)));
  if (!row) throw notFound();
  const { request } = row;
  const mergedFrom = await db
    .select({ id: serviceRequests.id, reference: serviceRequests.reference })
    .from(serviceRequests)
    .where(eq(serviceRequests.mergedIntoId, id))
    .orderBy(asc(serviceRequests.createdAt));
  const [mergedInto] = request.mergedIntoId
    ? await db.select({ id: serviceRequests.id, reference: serviceRequests.reference }).from(serviceRequests).where(eq(serviceRequests.id, request.mergedIntoId))
    : [];
  const staff = actor.permissions.includes('serviceRequest.handle') || actor.permissions.includes('serviceRequest.readAll');
  const threadIds = [id, ...mergedFrom.map((duplicate) => duplicate.id)];
  const messages = await db
    .select({
      id: serviceRequestMessages.id,
      requestId: serviceRequestMessages.requestId,
      authorName: serviceRequestMessages.authorName,
      side: serviceRequestMessages.side,
      visibility: serviceRequestMessages.visibility,
      body: serviceRequestMessages.body,
      createdAt: serviceRequestMessages.createdAt,
    })
    .from(serviceRequestMessages)
    .where(and(inArray(serviceRequestMessages.requestId, threadIds), staff ? undefined : eq(serviceRequestMessages.visibility, 'public')))
    .orderBy(asc(serviceRequestMessages.createdAt), asc(serviceRequestMessages.id));
  const history = await db
    .select({ action: workflowTransitions.action, from: workflowTransitions.fromState, to: workflowTransitions.toState, actorName: workflowTransitions.actorName, at: workflowTransitions.at })
    .from(workflowTransitions)
    .where(and(eq(workflowTransitions.recordKind, serviceRequestSubject.kind), eq(workflowTransitions.recordId, id)))
    .orderBy(asc(workflowTransitions.at), asc(workflowTransitions.id));
  const sla = request.state === 'closed' && request.mergedIntoId ? null : await evaluateRequestSla(db, db, request, new Date());
  return {
    ...presentSummary(row, locale),
    sla: sla && {
      cycle: sla.cycle.number,
      calendar: sla.policy.calendar,
      firstResponseMinutes: sla.policy.firstResponseMinutes,
      resolutionMinutes: sla.policy.resolutionMinutes,
      firstResponse: sla.status.firstResponse,
      resolution: sla.status.resolution,
    },
    ratingComment: request.ratingComment,
    messages,
    history,
    actions: [
      ...allowedActions(serviceRequestWorkflow, actor, request.state, request).filter(isButtonMove),
      ...otherActions(actor, request),
    ],
    reopenUntil: request.state === 'resolved' && request.resolvedAt ? new Date(request.resolvedAt.getTime() + reopenPeriodMs) : null,
    mergedInto: mergedInto ?? null,
    mergedFrom,
  };
}
