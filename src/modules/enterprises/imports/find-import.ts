import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { enterpriseImports } from '../schema.ts';

/** Everything about an import but its rows, which can be large. */
const importStatusColumns = {
  id: enterpriseImports.id,
  fileName: enterpriseImports.fileName,
  uploadedBy: enterpriseImports.uploadedBy,
  status: enterpriseImports.status,
  totalRows: enterpriseImports.totalRows,
  validRows: enterpriseImports.validRows,
  invalidRows: enterpriseImports.invalidRows,
  processedRows: enterpriseImports.processedRows,
  importedRows: enterpriseImports.importedRows,
  error: enterpriseImports.error,
  createdAt: enterpriseImports.createdAt,
  finishedAt: enterpriseImports.finishedAt,
};

/** An import, to its uploader or an administrator; to anyone else it does not exist. */
export async function findImport(db: DbOrTx, user: SessionUser, id: string) {
  const [record] = await db
    .select(importStatusColumns)
    .from(enterpriseImports)
    .where(eq(enterpriseImports.id, id));
  if (!record || (record.uploadedBy !== user.id && !user.roles.includes('admin'))) throw notFound();
  return record;
}
