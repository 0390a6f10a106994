import { and, inArray } from 'drizzle-orm';
import { recordIdsFound, type AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { RequestUser } from '../../platform/auth/plugin.ts';
import type { Db } from '../../platform/db/connection.ts';
import { visits } from './schema.ts';
import { mayEditVisit, visibleVisits } from './visit-policy.ts';

/** Of the ids, those of visits the user sees (and, for attaching, may change): one query, then the rule per row. */
function visitIdsFor(db: Db, user: RequestUser, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  return recordIdsFound(recordIds, async (ids) => {
    const rows = await db
      .select({ id: visits.id, teamId: visits.teamId, visitedOn: visits.visitedOn, officerId: visits.officerId })
      .from(visits)
      .where(and(inArray(visits.id, ids), visibleVisits(user)));
    const allowed = options.attaching ? (await Promise.all(rows.map(async (row) => ((await mayEditVisit(db, user, row)) ? row : null)))).filter((row) => row !== null) : rows;
    return allowed.map((row) => row.id);
  });
}

/** Photos of a visit (the meeting, the plant, a whiteboard): its readers see them, those who may change it add them. */
export const visitAttachmentKind: AttachmentKind = {
  kind: 'visit',
  mediaTypes: ['image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 10 * 1024 * 1024,
  policy: {
    canRead: (db, user, recordIds) => visitIdsFor(db, user, recordIds, { attaching: false }),
    canAttach: (db, user, recordIds) => visitIdsFor(db, user, recordIds, { attaching: true }),
  },
};
