import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { visibleRequests, type RequestScope } from './request-policy.ts';
import { reopenWindowMs, windowRequestWorkflow } from './request-workflow.ts';
import { serviceWindows, windowRequestMessages, windowRequests, type WindowRequest } from './schema.ts';
import type { RequestDetail, RequestSummary } from './schemas.ts';
import { localizedName } from '../../platform/i18n/localized-name.ts';

// Shared by the services that read requests: the list, the detail, and every write that answers with the request.

export const summaryColumns = {
  request: windowRequests,
  nameZhCn: serviceWindows.nameZhCn,
  nameZhTw: serviceWindows.nameZhTw,
  nameEn: serviceWindows.nameEn,
  enterpriseName: enterprises.name,
};

type SummaryRow = { request: WindowRequest; nameZhCn: string; nameZhTw: string; nameEn: string; enterpriseName: string | null };

/** The requests joined with their window and enterprise, for `summaryColumns`. */
export function requestsWithNames(db: DbOrTx) {
  return db
    .select(summaryColumns)
    .from(windowRequests)
    .innerJoin(serviceWindows, eq(serviceWindows.code, windowRequests.windowCode))
    .leftJoin(enterprises, eq(enterprises.id, windowRequests.enterpriseId));
}

export function presentSummary(row: SummaryRow, locale: Locale): RequestSummary {
  const { request } = row;
  return {
    id: request.id,
    reference: request.reference,
    windowCode: request.windowCode,
    windowName: localizedName(locale, row),
    enterpriseId: request.enterpriseId,
    enterpriseName: row.enterpriseName,
    subject: request.subject,
    state: request.state,
    openedByName: request.openedByName,
    firstResponseAt: request.firstResponseAt,
    closedAt: request.closedAt,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

/** The request if the scope reaches it; any other id answers exactly as a missing one. */
export async function findVisibleRequest(db: DbOrTx, scope: RequestScope, id: string): Promise<WindowRequest> {
  const [row] = await db
    .select()
    .from(windowRequests)
    .where(and(eq(windowRequests.id, id), visibleRequests(scope)));
  if (!row) throw notFound();
  return row;
}

/** The whole request with its thread and the actions the actor may take now. */
export async function readRequestDetail(db: DbOrTx, scope: RequestScope, actor: WorkflowActor, id: string, locale: Locale): Promise<RequestDetail> {
  const [row] = await requestsWithNames(db).where(and(eq(windowRequests.id, id), visibleRequests(scope)));
  if (!row) throw notFound();
  const messages = await db
    .select({
      id: windowRequestMessages.id,
      authorName: windowRequestMessages.authorName,
      side: windowRequestMessages.side,
      body: windowRequestMessages.body,
      createdAt: windowRequestMessages.createdAt,
    })
    .from(windowRequestMessages)
    .where(eq(windowRequestMessages.requestId, id))
    .orderBy(asc(windowRequestMessages.createdAt), asc(windowRequestMessages.id));
  const { request } = row;
  return {
    ...presentSummary(row, locale),
    description: request.description,
    messages,
    actions: allowedActions(windowRequestWorkflow, actor, request.state, request),
    reopenUntil: request.closedAt ? new Date(request.closedAt.getTime() + reopenWindowMs) : null,
  };
}
