import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { policyPayouts } from '../policy-applications/schema.ts';
import { evaluationFacts } from './evaluation-facts.ts';
import { evaluatedPolicies } from './evaluation-scope.ts';
import { roundWan } from './read-evaluation-figures.ts';
import type { EvaluationEnterprises, EvaluationEnterprisesQuery } from './schemas.ts';

/**
 * The enterprises behind one figure of the evaluation (a policy's, an item's, or the total's), by name, a page at a
 * time: the same facts the figure counts, so the list is as long as the figure says.
 */
export async function listEvaluationEnterprises(db: DbOrTx, query: EvaluationEnterprisesQuery): Promise<EvaluationEnterprises> {
  const selected = and(evaluatedPolicies(query), query.itemId ? eq(sql`i.id`, query.itemId) : undefined)!;
  const ofSelectedItems = sql`JOIN ${policyBenefitItems} i ON i.id = f.item_id JOIN ${policies} ON ${policies.id} = i.policy_id AND ${selected}`;
  const { rows } = await db.execute<{ enterprise_id: string; name: string; credit_code: string | null; items: { id: string; title: string }[]; total: number }>(sql`
    SELECT f.enterprise_id, e.name, e.credit_code,
           jsonb_agg(DISTINCT jsonb_build_object('id', i.id, 'title', i.title)) AS items, (count(*) OVER ())::int AS total
    FROM ${evaluationFacts()} f ${ofSelectedItems}
    JOIN ${enterprises} e ON e.id = f.enterprise_id
    WHERE f.figure = ${query.figure}
    GROUP BY f.enterprise_id, e.name, e.credit_code
    ORDER BY e.name COLLATE "zh-x-icu", f.enterprise_id
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`);
  const paid = new Map<string, number>();
  if (query.figure === 'paid' && rows.length > 0) {
    const amounts = await db.execute<{ enterprise_id: string; amount: number }>(sql`
      SELECT f.enterprise_id, sum(f.amount_wan)::float8 AS amount
      FROM ${policyPayouts} f ${ofSelectedItems}
      WHERE f.enterprise_id IN (${sql.join(rows.map((row) => sql`${row.enterprise_id}::uuid`), sql`, `)})
      GROUP BY 1`);
    for (const row of amounts.rows) paid.set(row.enterprise_id, roundWan(row.amount));
  }
  return {
    items: rows.map((row) => ({
      enterpriseId: row.enterprise_id,
      name: row.name,
      creditCode: row.credit_code,
      items: row.items.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN')),
      amountWan: query.figure === 'paid' ? (paid.get(row.enterprise_id) ?? 0) : null,
    })),
    total: rows[0]?.total ?? (await countAfterLastPage(db, query, ofSelectedItems)),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Past the last page the window count has no row to ride on; the pager still needs the total. */
async function countAfterLastPage(db: DbOrTx, query: EvaluationEnterprisesQuery, ofSelectedItems: ReturnType<typeof sql>): Promise<number> {
  if (query.page === 1) return 0;
  const { rows } = await db.execute<{ total: number }>(sql`
    SELECT count(DISTINCT f.enterprise_id)::int AS total FROM ${evaluationFacts()} f ${ofSelectedItems} WHERE f.figure = ${query.figure}`);
  return rows[0]?.total ?? 0;
}
