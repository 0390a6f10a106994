import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { SessionUser } from '../auth/sessions.ts';
import type { DbOrTx } from '../db/connection.ts';
import { addSheet } from '../http/xlsx-download.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';
import { findImport } from './find-import.ts';
import type { AnyImportKind } from './import-kind.ts';
import { imports } from './schema.ts';
import './messages.ts';

/**
 * Every invalid row with the values it was uploaded with and its reasons (worded when it was uploaded, in the
 * uploader's language), under headers in the reader's language. Once corrected, the workbook can be uploaded
 * again as it is: the import ignores the row-number and reason columns.
 */
export async function importErrorReport(db: DbOrTx, kind: AnyImportKind, user: SessionUser, id: string, locale: Locale) {
  const record = await findImport(db, kind, user, id);
  const [{ rows } = { rows: [] }] = await db.select({ rows: imports.rows }).from(imports).where(eq(imports.id, id));
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, translate(locale, 'import.errors.sheet'), [
    ...kind.columns.map((column) => kind.header(locale, column)),
    translate(locale, 'import.errors.rowNumber'),
    translate(locale, 'import.errors.reasons'),
  ]);
  const reasons = sheet.getColumn(kind.columns.length + 2);
  reasons.width = 60;
  // One reason a line, whatever the language they were worded in.
  reasons.alignment = { wrapText: true, vertical: 'top' };
  for (const row of rows.filter((r) => r.errors.length)) {
    sheet.addRow([...kind.columns.map((column) => row.values[column] ?? ''), row.rowNumber, row.errors.join('\n')]);
  }
  const name = record.fileName.replace(/\.(xlsx|csv)$/i, '');
  return { workbook, fileName: translate(locale, 'import.errors.fileName', { name }) };
}
