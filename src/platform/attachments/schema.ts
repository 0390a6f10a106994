import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';

/**
 * A file attached to a record of any module (a listing, a project, a service request). The content is in the
 * attachment storage under `storage_key`; a row exists only once the content is stored whole. A deleted attachment
 * keeps its row and its content, for the audit trail.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    /** The kind of record, as a module declares it in attachmentKinds (e.g. 'listing'). */
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
    /** The uploader's name for the file, made safe to show and to name a download. */
    fileName: text('file_name').notNull(),
    /** Detected from the content, never taken from the name or the uploader's claim. */
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the content. */
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('attachments_record_idx').on(t.recordKind, t.recordId, t.createdAt).where(sql`${t.deletedAt} IS NULL`)],
);
