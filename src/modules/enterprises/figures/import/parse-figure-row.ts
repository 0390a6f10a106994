import type { Locale } from '../../../../platform/i18n/locale.ts';
import { translate } from '../../../../platform/i18n/messages.ts';
import { columnMessage, type RowValues } from '../../../../platform/imports/import-kind.ts';
import { parseAmount } from '../../../../platform/imports/parse-cells.ts';
import { figureIndicators, firstFigureYear, type FigureIndicator } from '../../figure-indicators.ts';
import { canonicalCreditCode, creditCodeProblem } from '../../validate-credit-code.ts';
import { figureValueProblem, maxFigureSourceLength } from '../figure-rules.ts';
import { figureHeader, type FigureColumn } from './figure-columns.ts';
import '../../messages.ts';

/** What a valid row writes: the year's indicators given (a blank cell is not given), for the enterprise found. */
export interface FigureRowInput {
  /** Found in the register across rows (check-figure-rows.ts). */
  enterpriseId: string | null;
  year: number;
  values: Partial<Record<FigureIndicator, number>>;
  source: string | null;
}

export interface FigureImportContext {
  /** The latest year a figure may be given for, at the upload. */
  lastYear: number;
}

/** One row's every problem at once, each after its column's header in the uploader's language. */
export function parseFigureRow(values: RowValues<FigureColumn>, context: FigureImportContext, locale: Locale): { input: FigureRowInput | null; errors: string[] } {
  const errors: string[] = [];
  const fail = (column: FigureColumn, message: string, params: Record<string, unknown> = {}) => {
    errors.push(columnMessage(locale, figureHeader(locale, column), translate(locale, message, params)));
  };
  const cell = (column: FigureColumn) => values[column]?.trim() ?? '';

  const creditCode = canonicalCreditCode(cell('creditCode'));
  const codeProblem = creditCode ? creditCodeProblem(creditCode) : null;
  if (codeProblem) fail('creditCode', `enterprise.creditCode.${codeProblem.problem}`, codeProblem);
  if (!creditCode && !cell('enterpriseName')) fail('enterpriseName', 'enterprise.figures.import.enterpriseRequired');

  const yearText = cell('year').normalize('NFKC').replace(/年$/, '');
  const year = Number(yearText);
  if (!yearText) fail('year', 'enterprise.figures.import.required');
  else if (!/^\d{4}$/.test(yearText) || year < firstFigureYear || year > context.lastYear) {
    fail('year', 'enterprise.figures.year', { first: firstFigureYear, last: context.lastYear });
  }

  const given: Partial<Record<FigureIndicator, number>> = {};
  for (const indicator of figureIndicators) {
    const text = cell(indicator);
    if (!text) continue;
    const value = parseAmount(text);
    const problem = value === null ? 'enterprise.figures.import.notANumber' : figureValueProblem(indicator, value);
    if (problem) fail(indicator, problem);
    else given[indicator] = value!;
  }
  if (!errors.length && !Object.keys(given).length) fail('revenue', 'enterprise.figures.import.nothingGiven');
  const source = cell('source');
  if (source.length > maxFigureSourceLength) fail('source', 'enterprise.figures.import.tooLong', { max: maxFigureSourceLength });

  if (errors.length) return { input: null, errors };
  return { input: { enterpriseId: null, year, values: given, source: source || null }, errors };
}
