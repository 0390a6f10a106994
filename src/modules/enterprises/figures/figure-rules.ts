import { chinaToday } from '../../../platform/calendar/china-day.ts';
import { firstFigureYear, figureUnits, type FigureIndicator } from '../figure-indicators.ts';

/** The latest year a figure may be given for: next year's (a budgeted figure), never beyond. */
export const lastFigureYear = (): number => Number(chinaToday().slice(0, 4)) + 1;

export const isFigureYear = (year: number): boolean => Number.isInteger(year) && year >= firstFigureYear && year <= lastFigureYear();

/** The column's scale (numeric(20, 4)): no more decimals are kept, and nothing near its 16 whole digits is plausible. */
export const maxFigureDecimals = 4;
export const maxFigureValue = 1_000_000_000_000;
export const maxFigureSourceLength = 200;

/** Decimals of a number as written: 12.5 → 1, 1e-7 → 7. */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = value.toString().split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * What is wrong with a figure's value, as a message key, or null: money in 万元 with at most four decimals (one
 * yuan), a headcount whole; never negative, infinite or beyond any enterprise's scale.
 */
export function figureValueProblem(indicator: FigureIndicator, value: number): string | null {
  if (!Number.isFinite(value)) return 'enterprise.figures.notANumber';
  if (value < 0) return 'enterprise.figures.negative';
  if (value > maxFigureValue) return 'enterprise.figures.tooLarge';
  if (figureUnits[indicator] === 'people' && !Number.isInteger(value)) return 'enterprise.figures.wholePeople';
  if (decimalsOf(value) > maxFigureDecimals) return 'enterprise.figures.tooManyDecimals';
  return null;
}
