import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { columnHeader, columnKeys } from '../columns.ts';
import { enterpriseImports } from '../schema.ts';
import { addSheet } from '../../../platform/http/xlsx-download.ts';
import { findImport } from './find-import.ts';

/**
 * Every invalid row with the values it was uploaded with and its reasons (worded when it was uploaded, in the
 * uploader's language), under headers in the reader's language. Once corrected, the workbook can be uploaded
 * again as it is: the import ignores the row-number and reason columns.
 */
export async function importErrorReport(db: DbOrTx, user: SessionUser, id: string, locale: Locale) {
  const record = await findImport(db, user, id);
  const [{ rows } = { rows: [] }] = await db.select({ rows: enterpriseImports.rows }).from(enterpriseImports).where(eq(enterpriseImports.id, id));
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, translate(locale, 'enterprise.importErrors.sheet'), [
    ...columnKeys.map((column) => columnHeader(locale, column)),
    translate(locale, 'enterprise.importErrors.rowNumber'),
    translate(locale, 'enterprise.importErrors.reasons'),
  ]);
  const reasons = sheet.getColumn(columnKeys.length + 2);
  reasons.width = 60;
  // One reason a line, whatever the language they were worded in.
  reasons.alignment = { wrapText: true, vertical: 'top' };
  for (const row of rows.filter((r) => r.errors.length)) {
    sheet.addRow([...columnKeys.map((column) => row.values[column] ?? ''), row.rowNumber, row.errors.join('\n')]);
  }
  const name = record.fileName.replace(/\.(xlsx|csv)$/i, '');
  return { workbook, fileName: translate(locale, 'enterprise.importErrors.fileName', { name }) };
}
