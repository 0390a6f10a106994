import { and, inArray, notInArray } from 'drizzle-orm';
import { recordIdsFound, type AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { visibleDeals, type DealReader } from './deal-policy.ts';
import { deals } from './schema.ts';

/** Of the ids, those of deals the reader is a party to or brokers (and, for attaching, that are not over). */
function dealIdsFor(db: DbOrTx, reader: DealReader, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  return recordIdsFound(recordIds, async (ids) => {
    const rows = await db
      .select({ id: deals.id })
      .from(deals)
      .where(and(inArray(deals.id, ids), visibleDeals(reader), options.attaching ? notInArray(deals.state, ['completed', 'closed']) : undefined));
    return rows.map((row) => row.id);
  });
}

/** A deal's files (the contract, drafts, the registration certificate): its two parties and the operators only. */
export const dealAttachmentKind: AttachmentKind = {
  kind: 'deal',
  mediaTypes: [
    'application/pdf',
    'image/png',
    'image/jpeg',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 30 * 1024 * 1024,
  policy: {
    canRead: (db, user, recordIds) => dealIdsFor(db, user, recordIds, { attaching: false }),
    canAttach: (db, user, recordIds) => dealIdsFor(db, user, recordIds, { attaching: true }),
  },
};
