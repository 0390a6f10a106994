import ExcelJS from 'exceljs';
import { addSheet } from '../../platform/http/xlsx-download.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { CreditRankings } from './schemas.ts';
import './messages.ts';

/** The rankings as one sheet in the reader's language, its rows then the total they add up to. */
export function creditRankingsWorkbook(rankings: CreditRankings, locale: Locale): { workbook: ExcelJS.Workbook; name: string } {
  const say = (key: string, params?: Record<string, string>) => translate(locale, `project.rankings.${key}`, params);
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, say(`by.${rankings.by}`), [say('column.rank'), say('column.name'), say('column.projects'), say('column.amountWan')]);
  rankings.rows.forEach((row, index) => {
    const name = row.kind === 'none' ? say('unassigned') : row.kind === 'team' && rankings.by === 'officer' ? say('teamAsWhole', { name: row.name ?? '' }) : (row.name ?? '');
    sheet.addRow([index + 1, name, row.projects, row.amountWan]);
  });
  sheet.addRow([say('total'), '', rankings.total.signed, rankings.total.amountWan]).font = { bold: true };
  return { workbook, name: `${say('fileName')}-${say(`by.${rankings.by}`)}-${rankings.period}.xlsx` };
}
