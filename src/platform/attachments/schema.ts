import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';

/**
 * A file attached to a record of any module (a listing, a project, a service request). The content is in the
 * attachment storage under `storage_key`; a row exists only once the content is stored whole. A deleted attachment
 * keeps its row, for the audit trail, and its content until the daily housekeeping removes it
 * (`DELETED_ATTACHMENT_RETENTION_DAYS` after the deletion), which `content_removed_at` then records.
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
    /** When the housekeeping removed the content of this deleted attachment; the row still names the file. */
    contentRemovedAt: timestamp('content_removed_at', { withTimezone: true }),
  },
  (t) => [
    index('attachments_record_idx').on(t.recordKind, t.recordId, t.createdAt).where(sql`${t.deletedAt} IS NULL`),
    // The housekeeping reads only deleted attachments whose content is still stored.
    index('attachments_content_to_remove_idx').on(t.deletedAt).where(sql`${t.deletedAt} IS NOT NULL AND ${t.contentRemovedAt} IS NULL`),
  ],
);
