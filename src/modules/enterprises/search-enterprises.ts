import { count, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { referenceData } from '../reference/reference-data.ts';
import { filterConditions, sortOrder } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises, enterpriseTags, tags } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';

/** Up to this many matches are counted exactly; beyond, counting every row would cost more than the page itself. */
export const exactCountLimit = 1_000;

/**
 * The number of matches: exact up to the limit (counting stops at limit + 1 rows), else the planner's estimate,
 * which is never below the limit, so that paging still reaches past it.
 */
async function countMatches(db: Db, where: SQL): Promise<{ total: number; totalExact: boolean }> {
  const capped = db.select({ one: sql`1` }).from(enterprises).where(where).limit(exactCountLimit + 1).as('capped');
  const [counted] = await db.select({ total: count() }).from(capped);
  const total = counted?.total ?? 0;
  if (total <= exactCountLimit) return { total, totalExact: true };
  const plan = await db.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    sql`EXPLAIN (FORMAT JSON) ${db.select({ one: sql`1` }).from(enterprises).where(where)}`,
  );
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  return { total: Math.max(estimate, exactCountLimit + 1), totalExact: false };
}

export async function searchEnterprises(
  db: Db,
  scope: EnterpriseScope,
  query: EnterpriseFilters & { page: number; pageSize: number },
) {
  const reference = await referenceData(db);
  const where = filterConditions(reference, scope, query);
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: enterprises.id,
        name: enterprises.name,
        creditCode: enterprises.creditCode,
        industryCode: enterprises.industryCode,
        regionCode: enterprises.regionCode,
        sizeClass: enterprises.sizeClass,
        registeredCapitalWan: enterprises.registeredCapitalWan,
        foundedOn: enterprises.foundedOn,
        updatedAt: enterprises.updatedAt,
        // In the same statement rather than a second round trip per page.
        tags: sql<{ id: string; name: string; color: string }[]>`coalesce((
          SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name)
          FROM ${enterpriseTags} et JOIN ${tags} t ON t.id = et.tag_id
          WHERE et.enterprise_id = ${enterprises}.id), '[]')`,
      })
      .from(enterprises)
      .where(where)
      .orderBy(...sortOrder(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    countMatches(db, where),
  ]);
  const items = rows.map((row) => ({
    ...row,
    industryName: row.industryCode ? (reference.industries.get(row.industryCode)?.name ?? null) : null,
    regionName: row.regionCode ? reference.regionPath(row.regionCode).map((p) => p.name).join(' / ') : null,
  }));
  return { items, ...totals, page: query.page, pageSize: query.pageSize };
}
