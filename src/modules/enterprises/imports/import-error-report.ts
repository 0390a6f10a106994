import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { columns } from '../columns.ts';
import { enterpriseImports } from '../schema.ts';
import { addSheet } from '../xlsx-download.ts';
import { findImport } from './find-import.ts';

const rowNumberHeader = '原行号';
const reasonHeader = '错误原因';

/**
 * Every invalid row with the values it was uploaded with and its reasons. Once corrected, the workbook can be
 * uploaded again as it is: the import ignores the row-number and reason columns.
 */
export async function importErrorReport(db: DbOrTx, user: SessionUser, id: string) {
  const record = await findImport(db, user, id);
  const [{ rows } = { rows: [] }] = await db.select({ rows: enterpriseImports.rows }).from(enterpriseImports).where(eq(enterpriseImports.id, id));
  const templateColumns = Object.values(columns);
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, '错误行', [...templateColumns, rowNumberHeader, reasonHeader]);
  sheet.getColumn(templateColumns.length + 2).width = 60;
  for (const row of rows.filter((r) => r.errors.length)) {
    sheet.addRow([...templateColumns.map((column) => row.values[column] ?? ''), row.rowNumber, row.errors.join('；')]);
  }
  return { workbook, fileName: `${record.fileName.replace(/\.(xlsx|csv)$/i, '')}-错误报告.xlsx` };
}
