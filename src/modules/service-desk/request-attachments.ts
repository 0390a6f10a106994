import { and, inArray, ne } from 'drizzle-orm';
import type { AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { requestScopeOf, visibleRequests } from './request-policy.ts';
import { serviceRequests } from './schema.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Of the ids, those of requests the user sees (and, for attaching, that are not closed): one query for many. */
async function requestIdsFor(db: Db, user: RequestUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  // Ids arrive as text from any caller; one that is no uuid names no request, and must not reach a uuid column.
  const ids = recordIds.filter((id) => uuid.test(id));
  if (ids.length === 0) return new Set();
  const scope = await requestScopeOf(db, user);
  const rows = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.id, ids), visibleRequests(scope), options.attaching ? ne(serviceRequests.state, 'closed') : undefined));
  const found = new Set(rows.map((row) => row.id.toLowerCase()));
  return new Set(recordIds.filter((id) => found.has(id.toLowerCase())));
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
