import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { FigureIndicator } from '../enterprises/figure-indicators.ts';
import { enterpriseFigures, enterprises } from '../enterprises/schema.ts';
import type { AmountRule, FigureYear, Rule } from '../policies/rules/rule-schemas.ts';
import type { ApplicationSnapshot } from './schema.ts';

/** The calendar year a figure is read for on a China day (1 year back = last year). */
const yearOn = (year: FigureYear, today: string): number => (year.kind === 'fixed' ? year.year : Number(today.slice(0, 4)) - year.years);

/** The figures (indicator and year) an item's conditions and amount rule read on a day, each once, in order. */
export function figuresReadBy(rule: Rule, amountRule: AmountRule, today: string): { indicator: FigureIndicator; year: number }[] {
  const read = [
    ...rule.all.flatMap((condition) => (condition.kind === 'indicator' ? [{ indicator: condition.indicator, year: yearOn(condition.year, today) }] : [])),
    ...(amountRule.kind === 'share' ? [{ indicator: amountRule.indicator, year: yearOn(amountRule.year, today) }] : []),
  ];
  const seen = new Set<string>();
  return read
    .filter(({ indicator, year }) => !seen.has(`${indicator}:${year}`) && seen.add(`${indicator}:${year}`))
    .sort((a, b) => a.year - b.year || a.indicator.localeCompare(b.indicator));
}

/**
 * The master record of the enterprise as an application keeps it: name, credit code, industry, region and the
 * figures of the years the item reads (null where the record has none, which the reviewers then ask for).
 */
export async function readApplicationSnapshot(
  db: DbOrTx,
  enterpriseId: string,
  item: { rule: Rule; amountRule: AmountRule },
  today: string,
): Promise<ApplicationSnapshot> {
  const [enterprise] = await db
    .select({ name: enterprises.name, creditCode: enterprises.creditCode, industryCode: enterprises.industryCode, regionCode: enterprises.regionCode })
    .from(enterprises)
    .where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.mergedIntoId)));
  if (!enterprise) throw notFound();
  const wanted = figuresReadBy(item.rule, item.amountRule, today);
  const rows =
    wanted.length === 0
      ? []
      : await db
          .select({ indicator: enterpriseFigures.indicator, year: enterpriseFigures.year, value: enterpriseFigures.value })
          .from(enterpriseFigures)
          .where(
            and(
              eq(enterpriseFigures.enterpriseId, enterpriseId),
              inArray(enterpriseFigures.year, [...new Set(wanted.map((figure) => figure.year))]),
              inArray(enterpriseFigures.indicator, [...new Set(wanted.map((figure) => figure.indicator))]),
            ),
          );
  const value = (indicator: FigureIndicator, year: number) => rows.find((row) => row.indicator === indicator && row.year === year)?.value ?? null;
  return { ...enterprise, figures: wanted.map(({ indicator, year }) => ({ indicator, year, value: value(indicator, year) })) };
}
