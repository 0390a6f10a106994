import { eq, sql } from 'drizzle-orm';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { fittingEnterprisesSql, scanningRegister } from '../rules/rule-sql.ts';
import { policies, policyBenefitItems } from '../schema.ts';

export interface EligibleEnterprisesQuery {
  status: 'eligible' | 'possible';
  page: number;
  pageSize: number;
}

/**
 * One item's enterprises of a status over the whole register, a page by name, with how many are eligible and how
 * many possible: worked out now from the rule (one query), not read from the last push, so that the list is the
 * data's today. Drafts are included: staff check a rule before publishing it.
 */
export async function eligibleEnterprises(db: DbOrTx, itemId: string, query: EligibleEnterprisesQuery, today: string = chinaToday()) {
  const [item] = await db
    .select({ rule: policyBenefitItems.rule, title: policyBenefitItems.title, policyId: policies.id, policyTitle: policies.title })
    .from(policyBenefitItems)
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(eq(policyBenefitItems.id, itemId));
  if (!item) throw notFound();
  const offset = (query.page - 1) * query.pageSize;
  const { rows } = await scanningRegister(db, (tx) =>
    tx.execute<{ id: string | null; name: string | null; eligible: number; possible: number }>(sql`
    WITH fitting AS MATERIALIZED (${fittingEnterprisesSql(item.rule, { today })}),
    counted AS (SELECT count(*) FILTER (WHERE status = 'eligible') AS eligible, count(*) FILTER (WHERE status = 'possible') AS possible FROM fitting),
    page AS (
      SELECT enterprise_id AS id, name FROM fitting
      WHERE status = ${query.status}
      ORDER BY name COLLATE "zh-x-icu", enterprise_id LIMIT ${query.pageSize} OFFSET ${offset}
    )
    SELECT page.id, page.name, counted.eligible, counted.possible FROM counted LEFT JOIN page ON TRUE`),
  );
  const counts = { eligible: rows[0]!.eligible, possible: rows[0]!.possible };
  return {
    itemId,
    itemTitle: item.title,
    policyId: item.policyId,
    policyTitle: item.policyTitle,
    counts,
    items: rows.flatMap((row) => (row.id === null ? [] : [{ id: row.id, name: row.name! }])),
    total: counts[query.status],
    page: query.page,
    pageSize: query.pageSize,
  };
}
