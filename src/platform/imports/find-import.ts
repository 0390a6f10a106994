import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/sessions.ts';
import type { DbOrTx } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import type { AnyImportKind } from './import-kind.ts';
import { imports } from './schema.ts';

/** Everything about an import but its rows, which can be large. */
const importStatusColumns = {
  id: imports.id,
  fileName: imports.fileName,
  uploadedBy: imports.uploadedBy,
  status: imports.status,
  totalRows: imports.totalRows,
  validRows: imports.validRows,
  invalidRows: imports.invalidRows,
  processedRows: imports.processedRows,
  importedRows: imports.importedRows,
  error: imports.error,
  createdAt: imports.createdAt,
  finishedAt: imports.finishedAt,
};

/** An import of this kind, to its uploader or an administrator; to anyone else, and as another kind, it does not exist. */
export async function findImport(db: DbOrTx, kind: AnyImportKind, user: SessionUser, id: string) {
  const [record] = await db
    .select(importStatusColumns)
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.kind, kind.name)));
  if (!record || (record.uploadedBy !== user.id && !user.roles.includes('admin'))) throw notFound();
  return record;
}
