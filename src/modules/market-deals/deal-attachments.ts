import { and, inArray, notInArray } from 'drizzle-orm';
import type { AttachmentKind } from '../../platform/attachments/attachment-kind.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { visibleDeals, type DealReader } from './deal-policy.ts';
import { deals } from './schema.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Of the ids, those of deals the reader is a party to or brokers (and, for attaching, that are not over). */
async function dealIdsFor(db: DbOrTx, reader: DealReader, recordIds: readonly string[], options: { attaching: boolean }): Promise<ReadonlySet<string>> {
  // Ids arrive as text from any caller; one that is no uuid names no deal, and must not reach a uuid column.
  const ids = recordIds.filter((id) => uuid.test(id));
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: deals.id })
    .from(deals)
    .where(and(inArray(deals.id, ids), visibleDeals(reader), options.attaching ? notInArray(deals.state, ['completed', 'closed']) : undefined));
  const found = new Set(rows.map((row) => row.id.toLowerCase()));
  return new Set(recordIds.filter((id) => found.has(id.toLowerCase())));
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
