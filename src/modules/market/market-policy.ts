import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { MarketKind } from './market-workflow.ts';
import { demands, listings } from './schema.ts';

/** What the policies read of a caller: a signed-in user, or a workflow actor. */
export interface MarketReader {
  permissions: readonly Permission[];
  /** The organisation the user acts for (an enterprise or investor user); null for staff. */
  enterpriseId: string | null;
}

type MarketTable = typeof listings | typeof demands;

/**
 * The row-level rules of one kind of market record: reviewers (operators, admins) see every record in any state;
 * an organisation's users see their own in any state and edit them while drafts; every signed-in user sees the
 * published ones. Anything else answers 404, exactly like a missing id.
 */
export function marketPolicy<T extends MarketTable>(kind: MarketKind, table: T) {
  const review: Permission = `${kind}.review`;
  const isReviewer = (reader: MarketReader) => reader.permissions.includes(review);
  const owns = (reader: MarketReader, record: { ownerId: string }) => reader.enterpriseId !== null && reader.enterpriseId === record.ownerId;

  /** The condition on the table's rows the reader may see; undefined for all of them. */
  function visibleRows(reader: MarketReader): SQL | undefined {
    if (isReviewer(reader)) return undefined;
    const published = eq(table.state, 'published');
    return reader.enterpriseId ? or(published, eq(table.ownerId, reader.enterpriseId)) : published;
  }

  function canRead(reader: MarketReader, record: { ownerId: string; state: string }): boolean {
    return isReviewer(reader) || owns(reader, record) || record.state === 'published';
  }

  /** Changing the record's fields and its files: only while it is a draft. */
  function canEdit(reader: MarketReader, record: { ownerId: string; state: string }): boolean {
    return record.state === 'draft' && (isReviewer(reader) || owns(reader, record));
  }

  return {
    kind,
    isReviewer,
    owns,
    visibleRows,
    canRead,
    canEdit,
    /** The record if the reader may see it; 404 otherwise. */
    async findVisible(db: DbOrTx, reader: MarketReader, id: string): Promise<T['$inferSelect']> {
      const [row] = (await db
        .select()
        .from(table as MarketTable)
        .where(and(eq(table.id, id), visibleRows(reader)))) as T['$inferSelect'][];
      if (!row) throw notFound();
      return row;
    },
    /**
     * The record locked for a change of its fields, in the caller's transaction: 404 if the reader may not see it,
     * 409 market.notDraft once it left the draft state, 403 if they see it but it is not theirs to edit.
     */
    async lockEditable(tx: DbOrTx, reader: MarketReader, id: string): Promise<T['$inferSelect']> {
      const [row] = (await tx
        .select()
        .from(table as MarketTable)
        .where(and(eq(table.id, id), visibleRows(reader)))
        .for('update')) as T['$inferSelect'][];
      if (!row) throw notFound();
      if (!isReviewer(reader) && !owns(reader, row)) throw forbidden();
      if (row.state !== 'draft') throw conflict('market.notDraft', { state: row.state });
      return row;
    },
    /** Of many ids at once (a page, the attachments of several records), those the reader may see and those they may edit. */
    async access(db: DbOrTx, reader: MarketReader, ids: readonly string[]) {
      const readable = new Set<string>();
      const editable = new Set<string>();
      if (ids.length === 0) return { readable, editable };
      const rows = await db
        .select({ id: table.id, ownerId: table.ownerId, state: table.state })
        .from(table as MarketTable)
        .where(and(inArray(table.id, [...ids]), visibleRows(reader)));
      for (const row of rows) {
        readable.add(row.id);
        if (canEdit(reader, row)) editable.add(row.id);
      }
      return { readable, editable };
    },
  };
}

export type MarketPolicy = ReturnType<typeof marketPolicy>;
