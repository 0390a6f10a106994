import type ExcelJS from 'exceljs';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { excelDate } from '../../../platform/http/xlsx-download.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { templateWorkbook } from '../../../platform/imports/template-workbook.ts';
import { referenceData } from '../../reference/reference-data.ts';
import { ledgerColumns, ledgerHeader, stageList, stageName, type LedgerColumn } from './ledger-columns.ts';

/** The example project's own words, as a reader of each language would write them. */
const wordings: Record<Locale, { name: string; enterprise: string; note: string }> = {
  'zh-CN': { name: '示例智能装备生产基地', enterprise: '青岛示例装备有限公司', note: '2023 年招商推介会签约' },
  'zh-TW': { name: '示例智能裝備生產基地', enterprise: '青島示例裝備有限公司', note: '2023 年招商推介會簽約' },
  en: { name: 'Example smart equipment plant', enterprise: 'Qingdao Example Equipment Co. Ltd.', note: 'Signed at the 2023 investment fair' },
};

// 崂山区, whose name no other region shares.
const exampleRegion = '370212';

const notedColumns: LedgerColumn[] = ['name', 'enterpriseName', 'industry', 'region', 'team', 'manager', 'stage', 'signedOn', 'registeredOn', 'startedOn', 'producingOn'];

/** The ledger template in the reader's language: the columns, one project at 签约 as the example, and notes. */
export async function ledgerTemplate(db: DbOrTx, locale: Locale): Promise<ExcelJS.Workbook> {
  const wording = wordings[locale];
  const regionPath = (await referenceData(db)).localized(locale).regionPath(exampleRegion).map((node) => node.name);
  const example: Record<LedgerColumn, ExcelJS.CellValue> = {
    name: wording.name,
    enterpriseName: wording.enterprise,
    creditCode: '',
    industry: 'C3491',
    region: regionPath.join('/'),
    team: '',
    manager: '',
    stage: stageName(locale, 'signed'),
    signedOn: excelDate('2023-09-15'),
    amountWan: 50000,
    capitalOrigin: translate(locale, 'project.ledger.domestic'),
    registeredOn: '',
    startedOn: '',
    producingOn: '',
    note: wording.note,
  };
  const dateColumns: LedgerColumn[] = ['signedOn', 'registeredOn', 'startedOn', 'producingOn'];
  return templateWorkbook({
    sheet: translate(locale, 'project.ledger.template.sheet'),
    headers: ledgerColumns.map((column) => ledgerHeader(locale, column)),
    example: ledgerColumns.map((column) => example[column]),
    dateColumns: dateColumns.map((column) => ledgerColumns.indexOf(column)),
    notesSheet: translate(locale, 'project.ledger.template.notesSheet'),
    notesHeader: [translate(locale, 'project.ledger.template.column'), translate(locale, 'project.ledger.template.note')],
    notes: notedColumns.map((column) => [ledgerHeader(locale, column), translate(locale, `project.ledger.note.${column}`, { stages: stageList(locale) })]),
  });
}
