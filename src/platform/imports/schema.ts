import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Actor } from '../audit/record-audit.ts';
import { users } from '../auth/schema.ts';
import type { ImportRow } from './import-kind.ts';

export const importStatuses = ['validated', 'queued', 'importing', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/**
 * An uploaded spreadsheet of some kind of record (kind: a module's import kind, e.g. enterprise): its rows as
 * validated, then the progress of importing them.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who committed it; the audit trail names them for every record it creates. */
    committedBy: jsonb('committed_by').$type<Actor>(),
    status: text('status', { enum: importStatuses }).notNull(),
    totalRows: integer('total_rows').notNull(),
    validRows: integer('valid_rows').notNull(),
    invalidRows: integer('invalid_rows').notNull(),
    processedRows: integer('processed_rows').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    /** Every row with its cells, its fields when valid and its messages when not. */
    rows: jsonb('rows').$type<ImportRow[]>().notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  // Start-up looks for each kind's interrupted imports.
  (t) => [index('imports_kind_status_idx').on(t.kind, t.status)],
);
