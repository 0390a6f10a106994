import { and, inArray, ne } from 'drizzle-orm';
import { recordIdsFound, type AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { requestScopeOf, visibleRequests } from './request-policy.ts';
import { serviceRequests } from './schema.ts';

/** Of the ids, those of requests the user sees (and, for attaching, that are not closed): one query for many. */
function requestIdsFor(db: Db, user: RequestUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  return recordIdsFound(recordIds, async (ids) => {
    const scope = await requestScopeOf(db, user);
    const rows = await db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(and(inArray(serviceRequests.id, ids), visibleRequests(scope), options.attaching ? ne(serviceRequests.state, 'closed') : undefined));
    return rows.map((row) => row.id);
  });
}

/** Photos of the fault, a notice received, a form to fill in: both sides read and add them while the request is open. */
export const serviceRequestAttachmentKind: AttachmentKind = {
  kind: 'service-request',
  mediaTypes: [
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/heic',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 20 * 1024 * 1024,
  policy: {
    canRead: (db, user, recordIds) => requestIdsFor(db, user, recordIds, { attaching: false }),
    canAttach: (db, user, recordIds) => requestIdsFor(db, user, recordIds, { attaching: true }),
  },
};
