import ExcelJS from 'exceljs';
import { columns } from '../columns.ts';
import { addSheet, excelDate, excelDateFormat } from '../xlsx-download.ts';

const exampleRow: Record<keyof typeof columns, string | number | Date> = {
  name: '青岛示例科技有限公司',
  creditCode: '91350100M000100Y43',
  formerNames: '青岛示例信息技术有限公司',
  industryCode: 'I6513',
  region: '山东省/青岛市/崂山区',
  address: '青岛市崂山区松岭路 169 号',
  registeredCapitalWan: 1000,
  foundedOn: excelDate('2018-06-01'),
  sizeClass: '小型',
  contactName: '张三',
  contactPhone: '0532-8888 0000',
  contactEmail: 'zhangsan@example.com',
  tags: '高新技术企业、专精特新',
};

const notes = [
  ['列', '说明'],
  [columns.name, '必填'],
  [columns.creditCode, '18 位，会校验校验位；已有企业使用的代码不能导入'],
  [columns.formerNames, '多个用顿号“、”或分号分隔'],
  [columns.industryCode, '国民经济行业分类 GB/T 4754-2017 代码，如 I6513 或 6513'],
  [columns.region, '如 山东省/青岛市/崂山区；名称唯一时可只写 崂山区；也可填 6 位行政区划代码'],
  [columns.registeredCapitalWan, '数字，单位万元'],
  [columns.foundedOn, 'YYYY-MM-DD 或 YYYY/M/D，或 Excel 日期'],
  [columns.sizeClass, '大型、中型、小型 或 微型'],
  [columns.contactName, '主要联系人；填写电话或邮箱时必填'],
  [columns.tags, '系统中已有的标签名称，多个用顿号分隔'],
];

/** The workbook users fill in: the columns, one example row (to be replaced) and a sheet of notes. */
export function importTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, '企业', Object.values(columns));
  sheet.getColumn(Object.keys(columns).indexOf('foundedOn') + 1).numFmt = excelDateFormat;
  sheet.addRow(Object.values(exampleRow));
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 18 }, { width: 80 }];
  for (const line of notes) help.addRow(line);
  help.getRow(1).font = { bold: true };
  return workbook;
}
