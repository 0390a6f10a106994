import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { FigureIndicator } from '../enterprises/figure-indicators.ts';
import { enterprises } from '../enterprises/schema.ts';
import { figureKey } from '../policies/rules/enterprise-facts.ts';
import { computeAmount, figureYearOn } from '../policies/rules/evaluate-rule.ts';
import { readEnterpriseFacts } from '../policies/rules/read-enterprise-facts.ts';
import type { AmountRule, Rule } from '../policies/rules/rule-schemas.ts';
import type { ApplicationSnapshot } from './schema.ts';

/** The figures (indicator and year) an item's conditions and amount rule read on a day, each once, by year. */
export function figuresReadBy(rule: Rule, amountRule: AmountRule, today: string): { indicator: FigureIndicator; year: number }[] {
  const read = [
    ...rule.all.flatMap((condition) => (condition.kind === 'indicator' ? [{ indicator: condition.indicator, year: figureYearOn(condition.year, today) }] : [])),
    ...(amountRule.kind === 'share' ? [{ indicator: amountRule.indicator, year: figureYearOn(amountRule.year, today) }] : []),
  ];
  const unique = new Map(read.map((figure) => [figureKey(figure.indicator, figure.year), figure]));
  return [...unique.values()].sort((a, b) => a.year - b.year || a.indicator.localeCompare(b.indicator));
}

/**
 * The master record of the enterprise as an application keeps it: name, credit code, industry, region and the
 * figures of the years the item reads (null where the record has none, which the reviewers then ask for), with the
 * amount the item's rule gives on them (null when it cannot say).
 */
export async function readApplicationSnapshot(
  db: DbOrTx,
  enterpriseId: string,
  item: { rule: Rule; amountRule: AmountRule },
  today: string,
): Promise<{ snapshot: ApplicationSnapshot; suggestedAmountWan: number | null }> {
  const [enterprise] = await db
    .select({ name: enterprises.name, creditCode: enterprises.creditCode, industryCode: enterprises.industryCode, regionCode: enterprises.regionCode })
    .from(enterprises)
    .where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.mergedIntoId)));
  if (!enterprise) throw notFound();
  const facts = (await readEnterpriseFacts(db, [enterpriseId])).get(enterpriseId)!;
  const figures = figuresReadBy(item.rule, item.amountRule, today).map(({ indicator, year }) => ({
    indicator,
    year,
    value: facts.figures[figureKey(indicator, year)] ?? null,
  }));
  return { snapshot: { ...enterprise, figures }, suggestedAmountWan: computeAmount(item.amountRule, facts, { today }).amountWan };
}
