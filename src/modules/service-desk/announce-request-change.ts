import type { Tx } from '../../platform/db/connection.ts';
import { announceChange } from '../../platform/live/announce-change.ts';
import { requesterAudience } from './requester-audience.ts';
import type { ServiceRequest } from './schema.ts';

/** The topic of the desk's live queues and request pages. */
export const requestsTopic = 'service-desk.requests';

/**
 * Tells the open queues and request pages of everyone who sees the request (its team that day, and the team it
 * left on a handover; its owner and opener; its enterprise's users; the readers of all; every agent while it is
 * unassigned) that it changed, once the write commits.
 */
export async function announceRequestChange(
  tx: Tx,
  request: Pick<ServiceRequest, 'id' | 'enterpriseId' | 'teamId' | 'ownerId' | 'openedById'>,
  options: { formerTeamId?: string | null } = {},
): Promise<void> {
  const userIds = [request.ownerId, request.openedById, ...(await requesterAudience(tx, request))].filter((id): id is string => id !== null);
  const teamIds = [request.teamId, options.formerTeamId].filter((id): id is string => Boolean(id));
  await announceChange(tx, { topic: requestsTopic, ids: [request.id], audience: { userIds, teamIds, permission: 'serviceRequest.readAll' } });
  if (request.teamId === null) {
    await announceChange(tx, { topic: requestsTopic, ids: [request.id], audience: { permission: 'serviceRequest.handle' } });
  }
}
