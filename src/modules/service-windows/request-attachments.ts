import { and, inArray, ne } from 'drizzle-orm';
import type { AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { visibleRequests, requestScopeOf } from './request-policy.ts';
import { windowRequests } from './schema.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Of the ids, those of requests the user sees (and, for attaching, that are not closed): one query for many. */
async function requestIdsFor(db: Db, user: RequestUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  // Ids arrive as text from any caller; one that is no uuid names no request, and must not reach a uuid column.
  const ids = recordIds.filter((id) => uuid.test(id));
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: windowRequests.id })
    .from(windowRequests)
    .where(and(inArray(windowRequests.id, ids), visibleRequests(requestScopeOf(user)), options.attaching ? ne(windowRequests.state, 'closed') : undefined));
  const found = new Set(rows.map((row) => row.id.toLowerCase()));
  return new Set(recordIds.filter((id) => found.has(id.toLowerCase())));
}

/** Files on a window request (a contract draft, a patent certificate, a screenshot): both sides read and add them. */
export const windowRequestAttachmentKind: AttachmentKind = {
  kind: 'window-request',
  mediaTypes: [
    'application/pdf',
    'image/png',
    'image/jpeg',
    'text/plain',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 20 * 1024 * 1024,
  policy: {
    canRead: (db, user, recordIds) => requestIdsFor(db, user, recordIds, { attaching: false }),
    canAttach: (db, user, recordIds) => requestIdsFor(db, user, recordIds, { attaching: true }),
  },
};
