import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { evaluatedPolicies } from './evaluation-scope.ts';
import { noFigures, readEvaluationFigures } from './read-evaluation-figures.ts';
import type { EvaluationQuery, EvaluationReport } from './schemas.ts';

/**
 * The evaluation of published and withdrawn policies, newest first, a page at a time: each policy's figures and its
 * items', and the totals over every policy the filters select.
 */
export async function readPolicyEvaluation(db: DbOrTx, query: EvaluationQuery & { page: number; pageSize: number }): Promise<EvaluationReport> {
  const selected = evaluatedPolicies(query);
  const [page, [{ total } = { total: 0 }], totals] = await Promise.all([
    db
      .select({ id: policies.id, title: policies.title, level: policies.level, state: policies.state, issuedOn: policies.issuedOn })
      .from(policies)
      .where(selected)
      .orderBy(desc(policies.issuedOn), asc(policies.title), asc(policies.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(policies).where(selected),
    readEvaluationFigures(db, 'total', selected),
  ]);
  const report = { items: [], total, page: query.page, pageSize: query.pageSize, totals: totals.get('total') ?? noFigures() };
  if (page.length === 0) return report;
  const ids = page.map((policy) => policy.id);
  const onPage = inArray(policies.id, ids);
  const [items, policyFigures, itemFigures] = await Promise.all([
    db
      .select({ id: policyBenefitItems.id, policyId: policyBenefitItems.policyId, title: policyBenefitItems.title, kind: policyBenefitItems.kind, delivery: policyBenefitItems.delivery })
      .from(policyBenefitItems)
      .where(inArray(policyBenefitItems.policyId, ids))
      .orderBy(asc(policyBenefitItems.position), asc(policyBenefitItems.createdAt)),
    readEvaluationFigures(db, 'policy', onPage),
    readEvaluationFigures(db, 'item', onPage),
  ]);
  return {
    ...report,
    items: page.map((policy) => ({
      ...policy,
      figures: policyFigures.get(policy.id) ?? noFigures(),
      items: items
        .filter((item) => item.policyId === policy.id)
        .map(({ policyId: _policyId, ...item }) => ({ ...item, figures: itemFigures.get(item.id) ?? noFigures() })),
    })),
  };
}
