import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { requesterAudience } from './requester-audience.ts';
import { serviceRequestSubject } from './request-workflow.ts';
import type { ServiceRequest } from './schema.ts';

/** The path of a request in the web app, for notices. */
export const requestLink = (id: string) => `/service-desk/requests/${id}`;

/**
 * Tells the request's side (every enabled user of its enterprise, or the investor who opened it; the one who acts excepted) of a change of state or a
 * public reply, inside the write's transaction.
 */
export async function tellRequester(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  request: Pick<ServiceRequest, 'id' | 'reference' | 'enterpriseId' | 'openedById'>,
  actorId: string | null,
  notice: { kind: string; message: string; params?: Record<string, string> },
): Promise<void> {
  const audience = (await requesterAudience(tx, request)).filter((userId) => userId !== actorId);
  await notify(tx, ctx, {
    userIds: audience,
    kind: notice.kind,
    message: notice.message,
    params: { reference: request.reference, ...notice.params },
    link: requestLink(request.id),
    record: { kind: serviceRequestSubject.kind, id: request.id },
  });
}

/** Tells staff (the team on duty, an owner) of a request, inside the write's transaction. */
export async function tellStaff(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  request: Pick<ServiceRequest, 'id' | 'reference'>,
  userIds: readonly string[],
  notice: { kind: string; message: string; params?: Record<string, string> },
): Promise<void> {
  await notify(tx, ctx, {
    userIds,
    kind: notice.kind,
    message: notice.message,
    params: { reference: request.reference, ...notice.params },
    link: requestLink(request.id),
    record: { kind: serviceRequestSubject.kind, id: request.id },
  });
}
