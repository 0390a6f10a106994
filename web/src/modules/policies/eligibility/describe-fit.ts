import type { TFunction } from 'i18next';
import { figureUnits } from '../../../../../src/modules/enterprises/figure-indicators.ts';
import type { SizeClass } from '../../../../../src/modules/enterprises/schema.ts';
import type { ConditionFit, ItemFit } from './api.ts';

/** The fact of the record a condition reads, named for the enterprise to complete it. */
const missingFacts = { industry: 'industry', region: 'region', sizeClass: 'sizeClass', age: 'foundedOn', registeredCapital: 'registeredCapital' } as const;

const numberFormat = (t: TFunction) => new Intl.NumberFormat(t('policy.describe.numberLocale'), { maximumFractionDigits: 4 });
const wan = (value: number, t: TFunction) => t('policy.describe.unit.wan', { value: numberFormat(t).format(value) });

/**
 * What would make a condition fit, or what the enterprise has against it, in the reader's language: 填报2025年营业收入
 * for a missing figure, 补充成立日期 for a missing fact, 你单位：2025年营业收入 4,800 万元 for an unmet one; nothing
 * for a met one. Pure: the words come from `t`.
 */
export function describeOutcome(fit: ConditionFit, t: TFunction): string | null {
  const { condition, actual } = fit;
  if (fit.outcome === 'met') return null;
  if (fit.outcome === 'unknown') {
    switch (condition.kind) {
      case 'indicator':
        return t('policyFit.remedy.report', { year: fit.year, indicator: t(`policy.indicators.${condition.indicator}`) });
      case 'tags':
      case 'list':
        // Tags and lists are always known: an enterprise not carrying one does not carry it.
        return null;
      default:
        return t('policyFit.remedy.complete', { fact: t(`policyFit.facts.${missingFacts[condition.kind]}`) });
    }
  }
  switch (condition.kind) {
    case 'tags':
      return t(condition.match === 'all' && Array.isArray(actual) && actual.length ? 'policyFit.actual.someTags' : 'policyFit.actual.noTag');
    case 'list':
      return t('policyFit.actual.notListed');
    case 'sizeClass':
      return t('policyFit.actual.value', { value: t(`policy.sizeClasses.${actual as SizeClass}`) });
    case 'age':
      return t('policyFit.actual.value', { value: t('policyFit.actual.years', { count: Number(actual) }) });
    case 'registeredCapital':
      return t('policyFit.actual.value', { value: wan(Number(actual), t) });
    case 'indicator':
      return t('policyFit.actual.value', {
        value: t('policyFit.actual.figure', {
          year: fit.year,
          indicator: t(`policy.indicators.${condition.indicator}`),
          value: figureUnits[condition.indicator] === 'wan' ? wan(Number(actual), t) : t('policy.describe.unit.people', { value: numberFormat(t).format(Number(actual)) }),
        }),
      });
    default:
      return t('policyFit.actual.value', { value: String(actual) });
  }
}

/** The sum an item would pay, in words: 预计 50 万元; 填报2025年研发投入后可测算; nothing for an item without a sum. */
export function describeEstimate(item: Pick<ItemFit, 'amountWan' | 'missingFigure'>, t: TFunction): string | null {
  if (item.amountWan !== null) return t('policyFit.estimate', { amount: wan(item.amountWan, t) });
  if (item.missingFigure) return t('policyFit.estimateNeeds', { year: item.missingFigure.year, indicator: t(`policy.indicators.${item.missingFigure.indicator}`) });
  return null;
}
