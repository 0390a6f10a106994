import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/connection.ts';
import type { Locale } from '../../../../platform/i18n/locale.ts';
import { translate } from '../../../../platform/i18n/messages.ts';
import { columnMessage, rejectRow, type ImportRow } from '../../../../platform/imports/import-kind.ts';
import { enterprises } from '../../schema.ts';
import { canonicalCreditCode } from '../../validate-credit-code.ts';
import { figureHeader, type FigureColumn } from './figure-columns.ts';
import type { FigureRowInput } from './parse-figure-row.ts';

type FigureRow = ImportRow<FigureRowInput, FigureColumn>;

// Enterprises are looked up for this many rows at a time.
const lookupBatch = 1000;

/**
 * Across rows and against the register: the enterprise of each row, by credit code, else by its exact registered
 * name (one only: a name several records share needs the code); an enterprise and year an earlier row already gave.
 * Only live records are found: figures of a merged-away one belong to its survivor.
 */
export async function checkFigureRows(db: Db, rows: FigureRow[], locale: Locale): Promise<void> {
  const fail = (row: FigureRow, column: FigureColumn, message: string, params: Record<string, unknown> = {}) =>
    rejectRow(row, columnMessage(locale, figureHeader(locale, column), translate(locale, message, params)));
  const firstRow = new Map<string, number>();
  for (let start = 0; start < rows.length; start += lookupBatch) {
    const batch = rows.slice(start, start + lookupBatch);
    const codeOf = (row: FigureRow) => canonicalCreditCode(row.values.creditCode ?? '');
    const nameOf = (row: FigureRow) => row.values.enterpriseName?.trim() ?? '';
    const codes = [...new Set(batch.map(codeOf).filter(Boolean))];
    const names = [...new Set(batch.filter((row) => !codeOf(row)).map(nameOf).filter(Boolean))];
    const columns = { id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode };
    const live = isNull(enterprises.mergedIntoId);
    const coded = codes.length ? await db.select(columns).from(enterprises).where(and(inArray(enterprises.creditCode, codes), live)) : [];
    const named = names.length ? await db.select(columns).from(enterprises).where(and(inArray(enterprises.name, names), live)) : [];
    const byCode = new Map(coded.map((e) => [e.creditCode!, e.id]));
    const byName = new Map<string, string[]>();
    for (const e of named) byName.set(e.name, [...(byName.get(e.name) ?? []), e.id]);

    for (const row of batch) {
      const code = codeOf(row);
      const candidates = code ? [byCode.get(code)].filter((id) => id !== undefined) : (byName.get(nameOf(row)) ?? []);
      if (!code && !nameOf(row)) continue;
      if (candidates.length > 1) {
        fail(row, 'enterpriseName', 'enterprise.figures.import.nameAmbiguous');
        continue;
      }
      const enterpriseId = candidates[0];
      if (!enterpriseId) {
        fail(row, code ? 'creditCode' : 'enterpriseName', 'enterprise.figures.import.enterpriseUnknown');
        continue;
      }
      const year = row.input?.year ?? row.values.year?.trim();
      const key = `${enterpriseId}|${year}`;
      const earlier = firstRow.get(key);
      if (earlier !== undefined) fail(row, 'year', 'enterprise.figures.import.sameAsRow', { row: earlier });
      else firstRow.set(key, row.rowNumber);
      if (row.input) row.input.enterpriseId = enterpriseId;
    }
  }
}
