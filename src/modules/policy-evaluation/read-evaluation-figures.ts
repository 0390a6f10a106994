import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { policyApplications } from '../policy-applications/schema.ts';
import { evaluationFacts, evaluationFigures, payoutDurations, type EvaluationFigure } from './evaluation-facts.ts';
import type { EvaluationFiguresRow } from './schemas.ts';

/** What the figures are summed by: each benefit item, each policy (over its items), or everything selected. */
export type FigureGrouping = 'item' | 'policy' | 'total';

const groupKey: Record<FigureGrouping, SQL> = {
  item: sql`i.id::text`,
  policy: sql`i.policy_id::text`,
  total: sql`'total'`,
};

export const noFigures = (): EvaluationFiguresRow => ({
  eligible: 0,
  possible: 0,
  notified: 0,
  applied: 0,
  approved: 0,
  paid: 0,
  amountWan: 0,
  medianDaysToPayout: null,
  ratings: 0,
  meanRating: null,
});

/**
 * The evaluation's figures of the items of the policies `selected` (a condition on `policies`), summed by item, by
 * policy or in total: each enterprise counted once per figure and group, however many items or applications it has.
 */
export async function readEvaluationFigures(db: DbOrTx, grouping: FigureGrouping, selected: SQL): Promise<Map<string, EvaluationFiguresRow>> {
  const key = groupKey[grouping];
  const ofSelectedItems = sql`JOIN ${policyBenefitItems} i ON i.id = f.item_id JOIN ${policies} ON ${policies.id} = i.policy_id AND ${selected}`;
  const [steps, payouts, ratings] = await Promise.all([
    db.execute<{ key: string; figure: EvaluationFigure; count: number }>(sql`
      SELECT ${key} AS key, f.figure, count(DISTINCT f.enterprise_id)::int AS count
      FROM ${evaluationFacts()} f ${ofSelectedItems}
      GROUP BY 1, 2`),
    db.execute<{ key: string; amount: number; median: number | null }>(sql`
      SELECT ${key} AS key, sum(f.amount_wan)::float8 AS amount, percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days)::float8 AS median
      FROM ${payoutDurations()} f ${ofSelectedItems}
      GROUP BY 1`),
    db.execute<{ key: string; count: number; mean: number }>(sql`
      SELECT ${key} AS key, count(*)::int AS count, avg(f.rating)::float8 AS mean
      FROM ${policyApplications} f ${ofSelectedItems}
      WHERE f.rating IS NOT NULL
      GROUP BY 1`),
  ]);
  const figures = new Map<string, EvaluationFiguresRow>();
  const of = (groupId: string) => figures.get(groupId) ?? figures.set(groupId, noFigures()).get(groupId)!;
  for (const row of steps.rows) if (evaluationFigures.includes(row.figure)) of(row.key)[row.figure] = row.count;
  for (const row of payouts.rows) Object.assign(of(row.key), { amountWan: roundWan(row.amount), medianDaysToPayout: row.median });
  for (const row of ratings.rows) Object.assign(of(row.key), { ratings: row.count, meanRating: Math.round(row.mean * 100) / 100 });
  return figures;
}

/** 万元 to four places, as stored: a sum of numerics read as a float must not show 0.30000000000000004. */
export const roundWan = (amount: number) => Math.round(amount * 10_000) / 10_000;
