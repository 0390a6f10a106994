import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { referenceData } from '../reference/reference-data.ts';
import { columnHeader, columnKeys, listSeparators, organisationKindName, sizeClassName, type ColumnKey, type ReadOnlyColumnKey } from './columns.ts';
import { contactsOf, tagsOf } from './enterprise-records.ts';
import { filterConditions, sortOrder } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';
import { addSheet, excelDate, excelDateFormat, excelDateTime, excelDateTimeFormat } from '../../platform/http/xlsx-download.ts';

// Contacts and tags are read for this many enterprises at a time, well below PostgreSQL's parameter limit.
const batchSize = 1000;

/** The import's columns, with the industry's name beside its code and the last change at the end. */
const exportColumns: (ColumnKey | ReadOnlyColumnKey)[] = [
  ...columnKeys.flatMap((key): (ColumnKey | ReadOnlyColumnKey)[] => (key === 'industryCode' ? [key, 'industryName'] : [key])),
  'updatedAt',
];

/**
 * Every enterprise the filters match (not only a page), one row each with its primary contact; dates and times are
 * Excel dates, in Beijing time. Headers, the industry and region names, the size class and the organisation kind are
 * in the reader's language; names, addresses and contacts as typed. The register with its contacts leaves the
 * system here, so every export is recorded: who, with which filters, how many rows.
 */
export async function exportEnterprises(db: DbOrTx, actor: Actor, scope: EnterpriseScope, filters: EnterpriseFilters, locale: Locale) {
  const reference = await referenceData(db);
  const names = reference.localized(locale);
  const separator = listSeparators[locale];
  const rows = await db.select().from(enterprises).where(filterConditions(reference, scope, filters)).orderBy(...sortOrder(filters));
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, translate(locale, 'enterprise.export.sheet'), exportColumns.map((column) => columnHeader(locale, column)));
  sheet.getColumn(exportColumns.indexOf('foundedOn') + 1).numFmt = excelDateFormat;
  sheet.getColumn(exportColumns.indexOf('updatedAt') + 1).numFmt = excelDateTimeFormat;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const ids = batch.map((r) => r.id);
    const contacts = await contactsOf(db, ids);
    const tagLists = await tagsOf(db, ids);
    for (const row of batch) {
      const contact = contacts.get(row.id)?.[0];
      const cells: Record<(typeof exportColumns)[number], ExcelJS.CellValue> = {
        name: row.name,
        creditCode: row.creditCode,
        formerNames: row.formerNames.join(separator),
        industryCode: row.industryCode,
        industryName: row.industryCode ? names.industryName(row.industryCode) : null,
        region: names.regionPath(row.regionCode).map((p) => p.name).join('/'),
        address: row.address,
        registeredCapitalWan: row.registeredCapitalWan,
        foundedOn: row.foundedOn ? excelDate(row.foundedOn) : null,
        sizeClass: row.sizeClass ? sizeClassName(locale, row.sizeClass) : null,
        kind: organisationKindName(locale, row.kind),
        contactName: contact?.name,
        contactPhone: contact?.phone,
        contactEmail: contact?.email,
        tags: (tagLists.get(row.id) ?? []).map((t) => t.name).join(separator),
        updatedAt: excelDateTime(row.updatedAt),
      };
      sheet.addRow(exportColumns.map((column) => cells[column]));
    }
  }
  await recordAudit(db, actor, { entityType: 'enterprise', entityId: exportedRegister, action: 'export', after: { filters, rows: rows.length } });
  return workbook;
}

/** The audit entries of exports name the register as a whole rather than one enterprise. */
export const exportedRegister = '*';
