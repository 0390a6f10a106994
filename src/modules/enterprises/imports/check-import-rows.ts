import { and, arrayOverlaps, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { rejectRow } from '../../../platform/imports/import-kind.ts';
import { splitList } from '../../../platform/imports/parse-cells.ts';
import { duplicateKey, nameKeys } from '../name-keys.ts';
import { enterprises } from '../schema.ts';
import { canonicalCreditCode } from '../validate-credit-code.ts';
import { wordError, type ImportRow } from './parse-import-row.ts';

// Existing enterprises are looked up for this many rows at a time.
const lookupBatch = 1000;

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
      else rejectRow(row, wordError(locale, { field, message: 'enterprise.import.sameAsRow', params: { row: earlier } }));
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
      if (owner) rejectRow(row, wordError(locale, { field: 'creditCode', message: 'enterprise.import.creditCodeExists', params: { name: owner } }));
      const similar = names.map((key) => namesake.get(key)).find(Boolean);
      if (similar && !owner) rejectRow(row, wordError(locale, { field: 'name', message: 'enterprise.import.nameExists', params: { name: similar } }));
    }
  }
}

/** Rows repeating an earlier row of the file, or an enterprise already in the register, are not imported. */
export async function checkImportRows(db: Db, rows: ImportRow[], locale: Locale): Promise<void> {
  markRepeatedRows(rows, locale);
  await markExisting(db, rows, locale);
}
