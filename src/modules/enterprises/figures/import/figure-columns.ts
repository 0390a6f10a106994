import type { Locale } from '../../../../platform/i18n/locale.ts';
import { translate } from '../../../../platform/i18n/messages.ts';
import { figureIndicators } from '../../figure-indicators.ts';
import '../figure-messages.ts';

/** The columns of a yearly figures sheet, in the template's order: who, which year, the five indicators, whence. */
export const figureColumns = ['creditCode', 'enterpriseName', 'year', ...figureIndicators, 'source'] as const;
export type FigureColumn = (typeof figureColumns)[number];

export const figureHeader = (locale: Locale, column: FigureColumn): string => translate(locale, `enterprise.figures.column.${column}`);

/** Headers people write without the unit, or as the statistics office names them. */
export const figureHeaderAliases: readonly (readonly [string, FigureColumn])[] = [
  ['社会信用代码', 'creditCode'],
  ['信用代码', 'creditCode'],
  ['营业收入', 'revenue'],
  ['营业收入（万元）', 'revenue'],
  ['研发投入', 'rdSpending'],
  ['研发费用', 'rdSpending'],
  ['研发投入（万元）', 'rdSpending'],
  ['从业人员', 'employees'],
  ['年末从业人数', 'employees'],
  ['纳税额', 'taxesPaid'],
  ['纳税总额', 'taxesPaid'],
  ['纳税额（万元）', 'taxesPaid'],
  ['工业总产值', 'outputValue'],
  ['工业总产值（万元）', 'outputValue'],
  ['年份', 'year'],
];
