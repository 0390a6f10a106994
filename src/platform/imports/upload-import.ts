import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { locales, type Locale } from '../i18n/locale.ts';
import { normalizeKey } from '../text/normalize.ts';
import { kindMessage, type AnyImportKind, type ImportRow, type RowValues } from './import-kind.ts';
import { readSpreadsheet, type Sheet } from './read-spreadsheet.ts';
import { imports } from './schema.ts';
import './messages.ts';

const rowsPerTurn = 1000;

const headerKey = (text: string) => normalizeKey(text).replace(/[\s*]/g, '');

/** Each column's header in every language, and the other headers the kind knows for it. */
function knownColumns(kind: AnyImportKind): Map<string, string> {
  return new Map<string, string>([
    ...kind.columns.flatMap((column) => locales.map((locale): [string, string] => [headerKey(kind.header(locale, column)), column])),
    ...(kind.headerAliases ?? []).map(([alias, column]): [string, string] => [headerKey(alias), column]),
  ]);
}

/**
 * Which column each position holds, whichever language the header row is in; other columns (an export's extra
 * names, an error report's reasons) are ignored.
 */
function matchHeader(kind: AnyImportKind, cells: string[], locale: Locale): Map<string, number> {
  const known = knownColumns(kind);
  const positions = new Map<string, number>();
  cells.forEach((cell, position) => {
    const column = known.get(headerKey(cell));
    if (!column) return;
    if (positions.has(column)) throw new AppError(400, kindMessage(kind, 'import.duplicateColumn'), { params: { column: cell } });
    positions.set(column, position);
  });
  if (!positions.has(kind.requiredColumn)) {
    throw new AppError(400, kindMessage(kind, 'import.headerMismatch'), { params: { column: kind.header(locale, kind.requiredColumn) } });
  }
  return positions;
}

/** The reader's problem, in the kind's words where it has its own. */
async function readFile(kind: AnyImportKind, file: { fileName: string; content: Buffer }): Promise<Sheet> {
  try {
    return await readSpreadsheet(file.fileName, file.content);
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('import.')) throw new AppError(error.status, kindMessage(kind, error.code), error.options);
    throw error;
  }
}

/** A row's cells under the template's headers in the reader's language, as the preview shows them. */
function underHeaders(kind: AnyImportKind, values: RowValues, locale: Locale): Record<string, string> {
  return Object.fromEntries(kind.columns.map((column) => [kind.header(locale, column), values[column] ?? '']));
}

/**
 * Reads and validates an uploaded file of the kind, its header row in any of the three languages, and keeps its
 * rows, validated, for the uploader to review and commit. Messages and the preview's headers are in the uploader's
 * language.
 */
export async function uploadImport(db: Db, kind: AnyImportKind, uploader: RequestUser, locale: Locale, file: { fileName: string; content: Buffer }) {
  const sheet = await readFile(kind, file);
  const positions = matchHeader(kind, sheet.header.cells, locale);
  if (sheet.rows.length === 0) throw new AppError(400, kindMessage(kind, 'import.empty'));
  const context: unknown = await kind.loadContext(db, uploader);
  const rows: ImportRow[] = [];
  for (const { rowNumber, cells } of sheet.rows) {
    // Other requests are answered between batches of rows.
    if (rows.length % rowsPerTurn === rowsPerTurn - 1) await nextTurn();
    const values: RowValues = Object.fromEntries(kind.columns.map((column) => [column, cells[positions.get(column) ?? -1] ?? '']));
    rows.push({ rowNumber, values, ...kind.parseRow(values, context, locale) });
  }
  await kind.checkRows?.(db, rows, locale, context);
  const validRows = rows.filter((row) => row.input).length;
  const [record] = await db
    .insert(imports)
    .values({
      kind: kind.name,
      fileName: file.fileName,
      uploadedBy: uploader.id,
      status: 'validated',
      totalRows: rows.length,
      validRows,
      invalidRows: rows.length - validRows,
      rows,
    })
    .returning({ id: imports.id, status: imports.status });
  return {
    id: record!.id,
    fileName: file.fileName,
    status: record!.status,
    totalRows: rows.length,
    validRows,
    invalidRows: rows.length - validRows,
    preview: rows.slice(0, 50).map(({ rowNumber, values, errors }) => ({ rowNumber, values: underHeaders(kind, values, locale), errors })),
    errors: rows
      .filter((row) => row.errors.length)
      .slice(0, 200)
      .map((row) => ({ rowNumber: row.rowNumber, messages: row.errors })),
  };
}
