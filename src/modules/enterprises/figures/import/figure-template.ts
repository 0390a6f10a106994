import type ExcelJS from 'exceljs';
import type { DbOrTx } from '../../../../platform/db/connection.ts';
import type { Locale } from '../../../../platform/i18n/locale.ts';
import { translate } from '../../../../platform/i18n/messages.ts';
import { templateWorkbook } from '../../../../platform/imports/template-workbook.ts';
import { firstFigureYear, figureIndicators } from '../../figure-indicators.ts';
import { lastFigureYear } from '../figure-rules.ts';
import { figureColumns, figureHeader, type FigureColumn } from './figure-columns.ts';

const exampleName: Record<Locale, string> = { 'zh-CN': '青岛示例装备有限公司', 'zh-TW': '青島示例裝備有限公司', en: 'Qingdao Example Equipment Co. Ltd.' };
const exampleSource: Record<Locale, string> = { 'zh-CN': '统计年报', 'zh-TW': '統計年報', en: 'Statistical yearbook' };

/** The figures template in the reader's language: the columns, one enterprise's year as the example, and notes. */
export async function figureTemplate(_db: DbOrTx, locale: Locale): Promise<ExcelJS.Workbook> {
  const example: Record<FigureColumn, ExcelJS.CellValue> = {
    creditCode: '',
    enterpriseName: exampleName[locale],
    year: lastFigureYear() - 2,
    revenue: 18650.5,
    rdSpending: 920,
    employees: 136,
    taxesPaid: 742.35,
    outputValue: '',
    source: exampleSource[locale],
  };
  const note = (key: string) => translate(locale, `enterprise.figures.note.${key}`, { first: firstFigureYear, last: lastFigureYear() });
  return templateWorkbook({
    sheet: translate(locale, 'enterprise.figures.template.sheet'),
    headers: figureColumns.map((column) => figureHeader(locale, column)),
    example: figureColumns.map((column) => example[column]),
    dateColumns: [],
    notesSheet: translate(locale, 'enterprise.figures.template.notesSheet'),
    notesHeader: [translate(locale, 'enterprise.figures.template.column'), translate(locale, 'enterprise.figures.template.note')],
    notes: [
      [figureHeader(locale, 'creditCode'), note('creditCode')],
      [figureHeader(locale, 'year'), note('year')],
      ...figureIndicators.map((indicator): [string, string] => [figureHeader(locale, indicator), note('values')]),
      [figureHeader(locale, 'source'), note('source')],
    ],
  });
}
