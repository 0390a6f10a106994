import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import type { FigureIndicator } from '../../enterprises/figure-indicators.ts';
import { enterpriseFigures, enterprises, enterpriseTags, type SizeClass } from '../../enterprises/schema.ts';
import { policyListMembers } from '../schema.ts';
import { figureKey, type EnterpriseFacts } from './enterprise-facts.ts';

/**
 * The facts rules read, for many enterprises in a fixed number of queries however many are asked. An id with no
 * enterprise has no entry. The region's lineage (the region and those above it) is resolved here, so evaluating
 * needs nothing more from the database.
 */
export async function readEnterpriseFacts(db: DbOrTx, enterpriseIds: readonly string[]): Promise<Map<string, EnterpriseFacts>> {
  const ids = [...new Set(enterpriseIds)];
  const facts = new Map<string, EnterpriseFacts>();
  if (!ids.length) return facts;
  const idList = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  // One after the other: on a transaction the queries share one connection.
  const records = await db.execute<{
    id: string;
    industry_code: string | null;
    region_code: string | null;
    region_lineage: string[] | null;
    size_class: SizeClass | null;
    founded_on: string | null;
    registered_capital_wan: string | null;
  }>(sql`
    SELECT e.id, e.industry_code, e.region_code, e.size_class, e.founded_on::text AS founded_on, e.registered_capital_wan,
      (WITH RECURSIVE above(code, parent_code) AS (
         SELECT code, parent_code FROM regions WHERE code = e.region_code
         UNION ALL SELECT r.code, r.parent_code FROM regions r JOIN above ON r.code = above.parent_code
       ) SELECT array_agg(code) FROM above) AS region_lineage
    FROM ${enterprises} e WHERE e.id IN (${idList})`);
  const tagRows = await db.select({ enterpriseId: enterpriseTags.enterpriseId, tagId: enterpriseTags.tagId }).from(enterpriseTags).where(inArray(enterpriseTags.enterpriseId, ids));
  const figureRows = await db
    .select({ enterpriseId: enterpriseFigures.enterpriseId, indicator: enterpriseFigures.indicator, year: enterpriseFigures.year, value: enterpriseFigures.value })
    .from(enterpriseFigures)
    .where(inArray(enterpriseFigures.enterpriseId, ids));
  const listRows = await db.select({ enterpriseId: policyListMembers.enterpriseId, listId: policyListMembers.listId }).from(policyListMembers).where(inArray(policyListMembers.enterpriseId, ids));
  const tags = groupBy(tagRows, (row) => row.tagId);
  const lists = groupBy(listRows, (row) => row.listId);
  const figures = new Map<string, Record<string, number>>();
  for (const row of figureRows) {
    const own = figures.get(row.enterpriseId) ?? {};
    own[figureKey(row.indicator as FigureIndicator, row.year)] = row.value;
    figures.set(row.enterpriseId, own);
  }
  for (const record of records.rows) {
    facts.set(record.id, {
      enterpriseId: record.id,
      industryCode: record.industry_code,
      regionCode: record.region_code,
      // An enterprise's region code is a foreign key, so it is always in the table and heads its own lineage.
      regionLineage: record.region_lineage ?? [],
      tagIds: tags.get(record.id) ?? [],
      sizeClass: record.size_class,
      foundedOn: record.founded_on,
      registeredCapitalWan: record.registered_capital_wan === null ? null : Number(record.registered_capital_wan),
      figures: figures.get(record.id) ?? {},
      listIds: lists.get(record.id) ?? [],
    });
  }
  return facts;
}

function groupBy<Row extends { enterpriseId: string }>(rows: readonly Row[], value: (row: Row) => string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const row of rows) grouped.set(row.enterpriseId, [...(grouped.get(row.enterpriseId) ?? []), value(row)]);
  return grouped;
}
