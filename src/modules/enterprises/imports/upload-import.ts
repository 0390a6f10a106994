import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, arrayOverlaps, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { locales, type Locale } from '../../../platform/i18n/locale.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { loadInputContext } from '../check-enterprise-input.ts';
import { columnHeader, columnKeys, type ColumnKey } from '../columns.ts';
import { duplicateKey, nameKeys } from '../name-keys.ts';
import { enterpriseImports, enterprises } from '../schema.ts';
import { canonicalCreditCode } from '../validate-credit-code.ts';
import { splitList } from './parse-cells.ts';
import { parseImportRow, wordError, type ImportRow, type RowValues } from './parse-import-row.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';

// Existing enterprises are looked up for this many rows at a time.
const lookupBatch = 1000;
const rowsPerTurn = 1000;

const headerKey = (text: string) => normalizeKey(text).replace(/[\s*]/g, '');
/** Each column's header in every language, and the capital without its unit as people often head it. */
const knownColumns = new Map<string, ColumnKey>([
  ...columnKeys.flatMap((column) => locales.map((locale): [string, ColumnKey] => [headerKey(columnHeader(locale, column)), column])),
  [headerKey('注册资本'), 'registeredCapitalWan'],
  [headerKey('Registered capital'), 'registeredCapitalWan'],
]);

/**
 * Which template column each position holds, whichever language the header row is in; other columns (an
 * export's industry name, an error report's reasons) are ignored.
 */
function matchHeader(cells: string[]): Map<ColumnKey, number> {
  const positions = new Map<ColumnKey, number>();
  cells.forEach((cell, position) => {
    const column = knownColumns.get(headerKey(cell));
    if (!column) return;
    if (positions.has(column)) throw new AppError(400, 'enterprise.import.duplicateColumn', { params: { column: cell } });
    positions.set(column, position);
  });
  if (!positions.has('name')) throw new AppError(400, 'enterprise.import.headerMismatch');
  return positions;
}

function reject(row: ImportRow, message: string) {
  row.errors.push(message);
  row.input = null;
}

/** A later row with the same credit code or near-identical name as an earlier one is a duplicate of it. */
function markRepeatedRows(rows: ImportRow[], locale: Locale) {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const code = canonicalCreditCode(row.values.creditCode ?? '');
    const name = duplicateKey(row.values.name ?? '');
    for (const [field, key] of [['creditCode', code && `code:${code}`], ['name', name && `name:${name}`]] as const) {
      if (!key) continue;
      const earlier = firstRow.get(key);
      if (earlier === undefined) firstRow.set(key, row.rowNumber);
      else reject(row, wordError(locale, { field, message: 'enterprise.import.sameAsRow', params: { row: earlier } }));
    }
  }
}

/** The credit code and name keys a row's cells give, whether or not the rest of the row is valid. */
function identityOf(row: ImportRow) {
  const code = canonicalCreditCode(row.values.creditCode ?? '');
  const names = nameKeys(row.values.name ?? '', splitList(row.values.formerNames ?? ''));
  return { code, names };
}

/**
 * Rows whose credit code another enterprise holds, or whose name is near-identical to a live one's; rows with other
 * errors too, so that the uploader sees all of a row's errors at once.
 */
async function markExisting(db: Db, rows: ImportRow[], locale: Locale) {
  for (let start = 0; start < rows.length; start += lookupBatch) {
    const batch = rows.slice(start, start + lookupBatch).map((row) => ({ row, ...identityOf(row) }));
    const codes = batch.flatMap(({ code }) => (code ? [code] : []));
    const keys = batch.flatMap(({ names }) => names);
    const byCode = codes.length
      ? await db.select({ name: enterprises.name, creditCode: enterprises.creditCode }).from(enterprises).where(inArray(enterprises.creditCode, codes))
      : [];
    const byName = keys.length
      ? await db
          .select({ name: enterprises.name, nameKeys: enterprises.nameKeys })
          .from(enterprises)
          .where(and(arrayOverlaps(enterprises.nameKeys, keys), isNull(enterprises.mergedIntoId)))
      : [];
    const holder = new Map(byCode.map((e) => [e.creditCode!, e.name]));
    const namesake = new Map(byName.flatMap((e) => e.nameKeys.map((key) => [key, e.name] as const)));
    for (const { row, code, names } of batch) {
      const owner = code ? holder.get(code) : undefined;
      if (owner) reject(row, wordError(locale, { field: 'creditCode', message: 'enterprise.import.creditCodeExists', params: { name: owner } }));
      const similar = names.map((key) => namesake.get(key)).find(Boolean);
      if (similar && !owner) reject(row, wordError(locale, { field: 'name', message: 'enterprise.import.nameExists', params: { name: similar } }));
    }
  }
}

/** A row's cells under the template's headers in the reader's language, as the preview shows them. */
function underHeaders(values: RowValues, locale: Locale): Record<string, string> {
  return Object.fromEntries(columnKeys.map((column) => [columnHeader(locale, column), values[column] ?? '']));
}

/**
 * Reads and validates an uploaded file, its header row in any of the three languages, and keeps its rows,
 * validated, for the uploader to review and commit. Messages and the preview's headers are in the uploader's
 * language.
 */
export async function uploadImport(db: Db, uploaderId: string, locale: Locale, file: { fileName: string; content: Buffer }) {
  const sheet = await readSpreadsheet(file.fileName, file.content);
  const positions = matchHeader(sheet.header.cells);
  if (sheet.rows.length === 0) throw new AppError(400, 'enterprise.import.empty');
  const context = await loadInputContext(db);
  const rows: ImportRow[] = [];
  for (const { rowNumber, cells } of sheet.rows) {
    // Other requests are answered between batches of rows.
    if (rows.length % rowsPerTurn === rowsPerTurn - 1) await nextTurn();
    const values: RowValues = Object.fromEntries(columnKeys.map((column) => [column, cells[positions.get(column) ?? -1] ?? '']));
    rows.push({ rowNumber, values, ...parseImportRow(values, context, locale) });
  }
  markRepeatedRows(rows, locale);
  await markExisting(db, rows, locale);
  const validRows = rows.filter((row) => row.input).length;
  const [record] = await db
    .insert(enterpriseImports)
    .values({
      fileName: file.fileName,
      uploadedBy: uploaderId,
      status: 'validated',
      totalRows: rows.length,
      validRows,
      invalidRows: rows.length - validRows,
      rows,
    })
    .returning({ id: enterpriseImports.id, status: enterpriseImports.status });
  return {
    id: record!.id,
    fileName: file.fileName,
    status: record!.status,
    totalRows: rows.length,
    validRows,
    invalidRows: rows.length - validRows,
    preview: rows.slice(0, 50).map(({ rowNumber, values, errors }) => ({ rowNumber, values: underHeaders(values, locale), errors })),
    errors: rows
      .filter((row) => row.errors.length)
      .slice(0, 200)
      .map((row) => ({ rowNumber: row.rowNumber, messages: row.errors })),
  };
}
