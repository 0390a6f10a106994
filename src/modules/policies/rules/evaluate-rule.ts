import type { FigureIndicator } from '../../enterprises/figure-indicators.ts';
import { figureKey, type EnterpriseFacts } from './enterprise-facts.ts';
import type { AmountRule, Comparison, Condition, ConditionOutcome, EligibilityStatus, FigureYear, Rule } from './rule-schemas.ts';

/** The day a rule is evaluated on (China day, YYYY-MM-DD): ages and "last year" count from it. */
export interface EvaluationDay {
  today: string;
}

/** The enterprise's own value of the fact a condition reads; null when the record lacks it. */
export type ActualValue = string | number | string[] | null;

/**
 * One condition's outcome with what the enterprise has and what would make it fit: for an unknown condition the
 * missing fact (`missing`, with the figure's year for an indicator), for an unmet one the condition itself. The web
 * words it in the reader's language from these data.
 */
export interface ConditionEvaluation {
  condition: Condition;
  outcome: ConditionOutcome;
  actual: ActualValue;
  /** The record lacks the fact the condition reads: giving it (填报) decides the condition. */
  missing: boolean;
  /** For an indicator condition: the year its figure is read for. */
  year?: number;
}

export interface RuleEvaluation {
  status: EligibilityStatus;
  conditions: ConditionEvaluation[];
}

const chinaYearOf = (day: string): number => Number(day.slice(0, 4));

/** The calendar year a figure is read for on `today` (1 year back = last year). */
export const figureYearOn = (year: FigureYear, today: string): number => (year.kind === 'fixed' ? year.year : chinaYearOf(today) - year.years);

/** Whole years from `foundedOn` to `today`: a year is complete on the anniversary (29 February's on 1 March). */
export function wholeYearsSince(foundedOn: string, today: string): number {
  const years = chinaYearOf(today) - chinaYearOf(foundedOn);
  return today.slice(5) < foundedOn.slice(5) ? years - 1 : years;
}

/**
 * The latest founding day on which an enterprise is at least `years` old on `today`: the same day `years` earlier,
 * or 28 February when that year has no 29th. The SQL compares founding days with it, so the two agree.
 */
export function foundedOnOrBefore(years: number, today: string): string {
  const year = chinaYearOf(today) - years;
  const monthDay = today.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

export const compare = (value: number, comparison: Comparison, threshold: number): boolean =>
  comparison === 'gte' ? value >= threshold : comparison === 'gt' ? value > threshold : comparison === 'lte' ? value <= threshold : value < threshold;

const within = (value: number, min: number | undefined, max: number | undefined): boolean =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

const known = (met: boolean): ConditionOutcome => (met ? 'met' : 'unmet');

function evaluateCondition(condition: Condition, facts: EnterpriseFacts, today: string): ConditionEvaluation {
  const unknown: ConditionEvaluation = { condition, outcome: 'unknown', actual: null, missing: true };
  const decided = (met: boolean, actual: ActualValue): ConditionEvaluation => ({ condition, outcome: known(met), actual, missing: false });
  switch (condition.kind) {
    case 'industry': {
      const code = facts.industryCode;
      // Codes carry the section letter at every level, so 'C39' is a prefix of everything beneath it ('C3911').
      return code === null ? unknown : decided(condition.codes.some((prefix) => code.startsWith(prefix)), code);
    }
    case 'region':
      return facts.regionCode === null ? unknown : decided(condition.codes.some((code) => facts.regionLineage.includes(code)), facts.regionCode);
    case 'tags': {
      const carries = (tagId: string) => facts.tagIds.includes(tagId);
      const met = condition.match === 'all' ? condition.tagIds.every(carries) : condition.tagIds.some(carries);
      return decided(met, condition.tagIds.filter(carries));
    }
    case 'sizeClass':
      return facts.sizeClass === null ? unknown : decided(condition.classes.includes(facts.sizeClass), facts.sizeClass);
    case 'age': {
      if (facts.foundedOn === null) return unknown;
      const age = wholeYearsSince(facts.foundedOn, today);
      return decided(within(age, condition.minYears, condition.maxYears), age);
    }
    case 'registeredCapital': {
      const capital = facts.registeredCapitalWan;
      return capital === null ? unknown : decided(within(capital, condition.minWan, condition.maxWan), capital);
    }
    case 'indicator': {
      const year = figureYearOn(condition.year, today);
      const value = facts.figures[figureKey(condition.indicator, year)];
      if (value === undefined) return { ...unknown, year };
      return { ...decided(compare(value, condition.comparison, condition.value), value), year };
    }
    case 'list':
      return decided(facts.listIds.includes(condition.listId), facts.listIds.includes(condition.listId) ? [condition.listId] : []);
  }
}

/**
 * An item's rule against one enterprise's facts, in three-valued (Kleene) logic: any condition unmet makes it
 * ineligible whatever is unknown; otherwise any unknown leaves it possible; all met is eligible. Pure: the facts
 * carry everything (the region's lineage too), `today` the day.
 */
export function evaluateRule(rule: Rule, facts: EnterpriseFacts, { today }: EvaluationDay): RuleEvaluation {
  const conditions = rule.all.map((condition) => evaluateCondition(condition, facts, today));
  const status: EligibilityStatus = conditions.some((c) => c.outcome === 'unmet')
    ? 'ineligible'
    : conditions.some((c) => c.outcome === 'unknown')
      ? 'possible'
      : 'eligible';
  return { status, conditions };
}

export interface AmountEstimate {
  /** The sum in 万元; null when it cannot be counted (nothing countable, or the figure it is a share of is missing). */
  amountWan: number | null;
  /** The figure a share is of, when the record lacks it: giving it lets the sum be counted. */
  missingFigure?: { indicator: FigureIndicator; year: number };
}

/** What an item would pay this enterprise: the fixed sum, or the share of its figure up to the cap. */
export function computeAmount(amountRule: AmountRule, facts: EnterpriseFacts, { today }: EvaluationDay): AmountEstimate {
  switch (amountRule.kind) {
    case 'fixed':
      return { amountWan: amountRule.amountWan };
    case 'none':
      return { amountWan: null };
    case 'share': {
      const year = figureYearOn(amountRule.year, today);
      const figure = facts.figures[figureKey(amountRule.indicator, year)];
      if (figure === undefined) return { amountWan: null, missingFigure: { indicator: amountRule.indicator, year } };
      const share = Math.round(figure * amountRule.percent * 100) / 10_000;
      return { amountWan: amountRule.capWan === undefined ? share : Math.min(share, amountRule.capWan) };
    }
  }
}

/**
 * Whether the data alone can decide the item for every enterprise, so that it may be delivered without an
 * application (免申即享). Every condition kind reads the record; an item with no condition at all would be offered
 * to the whole register, which no policy means, so it is not.
 */
export const isFullyCheckable = (rule: Rule): boolean => rule.all.length > 0;
