import ExcelJS from 'exceljs';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { addSheet, excelDateTime, excelDateTimeFormat } from '../../../platform/http/xlsx-download.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { findRoundOf } from '../competition-records.ts';
import { reasonsOf } from './entry-records.ts';
import type { RoundEntryQuery } from './entry-schemas.ts';
import { roundEntryFilter, selectRoundEntries } from './list-round-entries.ts';

export const entryColumns = [
  'number',
  'projectName',
  'organisationName',
  'track',
  'stage',
  'financing',
  'financingWan',
  'teamSize',
  'contactName',
  'contactPhone',
  'contactEmail',
  'source',
  'state',
  'reasons',
  'createdAt',
] as const;

/**
 * A round's entries as filtered on its page, as a workbook in the reader's language. Contacts leave the system here,
 * so every export is recorded in the audit trail, on the round.
 */
export async function exportRoundEntries(db: DbOrTx, actor: Actor, editionId: string, roundId: string, query: Omit<RoundEntryQuery, 'page' | 'pageSize'>, locale: Locale) {
  const round = await findRoundOf(db, editionId, roundId);
  const rows = await selectRoundEntries(db, roundEntryFilter(roundId, query));
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(
    workbook,
    translate(locale, 'competition.entry.export.sheet'),
    entryColumns.map((column) => translate(locale, `competition.entry.export.column.${column}`)),
  );
  sheet.getColumn(entryColumns.indexOf('createdAt') + 1).numFmt = excelDateTimeFormat;
  for (const { entry, trackName } of rows) {
    const cells: Record<(typeof entryColumns)[number], ExcelJS.CellValue> = {
      number: entry.number,
      projectName: entry.projectName,
      organisationName: entry.organisationName,
      track: trackName,
      stage: translate(locale, `competition.entry.stage.${entry.stage}`),
      financing: translate(locale, `competition.entry.financing.${entry.financing}`),
      financingWan: entry.financingWan,
      teamSize: entry.teamSize,
      contactName: entry.contactName,
      contactPhone: entry.contactPhone,
      contactEmail: entry.contactEmail,
      source: translate(locale, `competition.entry.source.${entry.source}`),
      state: translate(locale, `competition.entry.state.${entry.state}`),
      reasons: reasonsOf(entry, locale).join('; '),
      createdAt: excelDateTime(entry.createdAt),
    };
    sheet.addRow(entryColumns.map((column) => cells[column]));
  }
  await recordAudit(db, actor, { entityType: 'competitionRound', entityId: round.id, action: 'exportEntries', after: { rows: rows.length, filters: query } });
  return { workbook, roundName: round.name };
}
