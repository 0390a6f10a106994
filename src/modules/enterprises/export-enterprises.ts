import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { referenceData } from '../reference/reference-data.ts';
import { columns, listSeparator, sizeClassNames } from './columns.ts';
import { contactsOf, tagsOf } from './enterprise-records.ts';
import { filterConditions, sortOrder } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';
import { addSheet, excelDate, excelDateFormat, excelDateTime, excelDateTimeFormat } from './xlsx-download.ts';

// Contacts and tags are read for this many enterprises at a time, well below PostgreSQL's parameter limit.
const batchSize = 1000;

const updatedAtHeader = '更新时间';
const exportHeaders = [
  columns.name,
  columns.creditCode,
  columns.formerNames,
  columns.industryCode,
  '行业名称',
  columns.region,
  columns.address,
  columns.registeredCapitalWan,
  columns.foundedOn,
  columns.sizeClass,
  columns.contactName,
  columns.contactPhone,
  columns.contactEmail,
  columns.tags,
  updatedAtHeader,
];

/**
 * Every enterprise the filters match (not only a page), one row each with its primary contact; dates and times are
 * Excel dates, in Beijing time. The register with its contacts leaves the system here, so every export is
 * recorded: who, with which filters, how many rows.
 */
export async function exportEnterprises(db: DbOrTx, actor: Actor, scope: EnterpriseScope, filters: EnterpriseFilters) {
  const reference = await referenceData(db);
  const rows = await db.select().from(enterprises).where(filterConditions(reference, scope, filters)).orderBy(...sortOrder(filters));
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, '企业名录', exportHeaders);
  sheet.getColumn(exportHeaders.indexOf(columns.foundedOn) + 1).numFmt = excelDateFormat;
  sheet.getColumn(exportHeaders.indexOf(updatedAtHeader) + 1).numFmt = excelDateTimeFormat;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const ids = batch.map((r) => r.id);
    const contacts = await contactsOf(db, ids);
    const tagLists = await tagsOf(db, ids);
    for (const row of batch) {
      const contact = contacts.get(row.id)?.[0];
      sheet.addRow([
        row.name,
        row.creditCode,
        row.formerNames.join(listSeparator),
        row.industryCode,
        row.industryCode ? reference.industries.get(row.industryCode)?.name : null,
        reference.regionPath(row.regionCode).map((p) => p.name).join('/'),
        row.address,
        row.registeredCapitalWan,
        row.foundedOn ? excelDate(row.foundedOn) : null,
        row.sizeClass ? sizeClassNames[row.sizeClass] : null,
        contact?.name,
        contact?.phone,
        contact?.email,
        (tagLists.get(row.id) ?? []).map((t) => t.name).join(listSeparator),
        excelDateTime(row.updatedAt),
      ]);
    }
  }
  await recordAudit(db, actor, { entityType: 'enterprise', entityId: exportedRegister, action: 'export', after: { filters, rows: rows.length } });
  return workbook;
}

/** The audit entries of exports name the register as a whole rather than one enterprise. */
export const exportedRegister = '*';
