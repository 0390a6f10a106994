import type { TFunction } from 'i18next';
import { figureUnits } from '../../../../src/modules/enterprises/figure-indicators.ts';
import type { AmountRule, Condition, FigureYear } from '../../../../src/modules/policies/rules/rule-schemas.ts';

/** The names of what conditions refer to by id or code (a policy's page carries them); a missing one shows its code. */
export interface RuleNames {
  tags: Readonly<Record<string, string>>;
  lists: Readonly<Record<string, string>>;
  industries: Readonly<Record<string, string>>;
  regions: Readonly<Record<string, string>>;
}

const numberFormat = (language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 4 });

/** A year a figure is read for, in words: 2025年, 上一年度, 3 年前. */
export function describeFigureYear(year: FigureYear, t: TFunction): string {
  if (year.kind === 'fixed') return t('policy.describe.year.fixed', { year: year.year });
  if (year.years === 0) return t('policy.describe.year.current');
  if (year.years === 1) return t('policy.describe.year.last');
  return t('policy.describe.year.back', { years: year.years });
}

/** An amount with its unit: 500 万元, 50 人. */
function quantity(value: number, unit: 'wan' | 'people', t: TFunction): string {
  return t(`policy.describe.unit.${unit}`, { value: numberFormat(t('policy.describe.numberLocale')).format(value) });
}

/** Two optional bounds in words: between, at least, at most. */
function bounds(key: 'age' | 'capital', min: number | undefined, max: number | undefined, t: TFunction, format: (value: number) => string): string {
  if (min !== undefined && max !== undefined) return t(`policy.describe.${key}.between`, { min: format(min), max: format(max) });
  if (min !== undefined) return t(`policy.describe.${key}.atLeast`, { min: format(min) });
  return t(`policy.describe.${key}.atMost`, { max: format(max ?? 0) });
}

/**
 * One condition in the reader's language, as an officer would write it in a guide: 行业属于 C396 智能消费设备制造,
 * 上一年度研发投入不低于 500 万元. Pure: the words come from `t`, the names from the policy.
 */
export function describeCondition(condition: Condition, names: RuleNames, t: TFunction): string {
  const separator = t('policy.describe.separator');
  switch (condition.kind) {
    case 'industry':
      return t('policy.describe.industry', { names: condition.codes.map((code) => (names.industries[code] ? `${code} ${names.industries[code]}` : code)).join(separator) });
    case 'region':
      return t('policy.describe.region', { names: condition.codes.map((code) => names.regions[code] ?? code).join(separator) });
    case 'tags':
      return t(`policy.describe.tags.${condition.match}`, { names: condition.tagIds.map((id) => names.tags[id] ?? t('policy.describe.unknownName')).join(separator) });
    case 'sizeClass':
      return t('policy.describe.sizeClass', { classes: condition.classes.map((size) => t(`policy.sizeClasses.${size}`)).join(separator) });
    case 'age':
      return bounds('age', condition.minYears, condition.maxYears, t, String);
    case 'registeredCapital':
      return bounds('capital', condition.minWan, condition.maxWan, t, (value) => quantity(value, 'wan', t));
    case 'indicator':
      return t('policy.describe.indicator', {
        year: describeFigureYear(condition.year, t),
        indicator: t(`policy.indicators.${condition.indicator}`),
        comparison: t(`policy.comparisons.${condition.comparison}`),
        value: quantity(condition.value, figureUnits[condition.indicator], t),
      });
    case 'list':
      return t('policy.describe.list', { name: names.lists[condition.listId] ?? t('policy.describe.unknownName') });
  }
}

/** What an item pays, in words: 50 万元; 上一年度研发投入的 10%，最高 300 万元; 不涉及金额. */
export function describeAmountRule(rule: AmountRule, t: TFunction): string {
  if (rule.kind === 'fixed') return quantity(rule.amountWan, 'wan', t);
  if (rule.kind === 'none') return t('policy.describe.amount.none');
  const share = t('policy.describe.amount.share', {
    year: describeFigureYear(rule.year, t),
    indicator: t(`policy.indicators.${rule.indicator}`),
    percent: numberFormat(t('policy.describe.numberLocale')).format(rule.percent),
  });
  return rule.capWan === undefined ? share : t('policy.describe.amount.capped', { share, cap: quantity(rule.capWan, 'wan', t) });
}
