import type ExcelJS from 'exceljs';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { referenceData } from '../../reference/reference-data.ts';
import { columnHeader, columnKeys, listSeparators, organisationKindName, sizeClassName, type ColumnKey } from '../columns.ts';
import { excelDate } from '../../../platform/http/xlsx-download.ts';
import { templateWorkbook } from '../../../platform/imports/template-workbook.ts';

/** The example enterprise's own words, as a reader of each language would write them. */
const wordings: Record<Locale, { name: string; formerNames: string; address: string; contactName: string; tags: string[] }> = {
  'zh-CN': {
    name: '青岛示例科技有限公司',
    formerNames: '青岛示例信息技术有限公司',
    address: '青岛市崂山区松岭路 169 号',
    contactName: '张三',
    tags: ['高新技术企业', '专精特新'],
  },
  'zh-TW': {
    name: '青島示例科技有限公司',
    formerNames: '青島示例信息技術有限公司',
    address: '青島市嶗山區松嶺路 169 號',
    contactName: '張三',
    tags: ['高新技術企業', '專精特新'],
  },
  en: {
    name: 'Qingdao Example Technology Co. Ltd.',
    formerNames: 'Qingdao Example Information Technology Co. Ltd.',
    address: '169 Songling Road, Laoshan District, Qingdao',
    contactName: 'Zhang San',
    tags: ['High-tech enterprise', 'Specialised and innovative'],
  },
};

// 崂山区, whose name no other region shares: the notes offer it as a name that may stand alone.
const exampleRegion = '370212';

const notedColumns: ColumnKey[] = [
  'name',
  'creditCode',
  'formerNames',
  'industryCode',
  'region',
  'registeredCapitalWan',
  'foundedOn',
  'sizeClass',
  'kind',
  'contactName',
  'tags',
];

/**
 * The workbook users fill in, in the reader's language: the columns, one example row (to be replaced) and a sheet
 * of notes. The example's region, size class and kind are written as the reference data and an export write them.
 */
export async function importTemplate(db: DbOrTx, locale: Locale): Promise<ExcelJS.Workbook> {
  const wording = wordings[locale];
  const regionPath = (await referenceData(db)).localized(locale).regionPath(exampleRegion).map((node) => node.name);
  const example: Record<ColumnKey, ExcelJS.CellValue> = {
    name: wording.name,
    creditCode: '91350100M000100Y43',
    formerNames: wording.formerNames,
    industryCode: 'I6513',
    region: regionPath.join('/'),
    address: wording.address,
    registeredCapitalWan: 1000,
    foundedOn: excelDate('2018-06-01'),
    sizeClass: sizeClassName(locale, 'small'),
    kind: organisationKindName(locale, 'company'),
    contactName: wording.contactName,
    contactPhone: '0532-8888 0000',
    contactEmail: 'zhangsan@example.com',
    tags: wording.tags.join(listSeparators[locale]),
  };
  const regionNote = { path: regionPath.join('/'), name: regionPath.at(-1) };
  return templateWorkbook({
    sheet: translate(locale, 'enterprise.template.sheet'),
    headers: columnKeys.map((column) => columnHeader(locale, column)),
    example: columnKeys.map((column) => example[column]),
    dateColumns: [columnKeys.indexOf('foundedOn')],
    notesSheet: translate(locale, 'enterprise.template.notesSheet'),
    notesHeader: [translate(locale, 'enterprise.template.notesColumn'), translate(locale, 'enterprise.template.notesText')],
    notes: notedColumns.map((column) => [columnHeader(locale, column), translate(locale, `enterprise.template.note.${column}`, regionNote)]),
  });
}
