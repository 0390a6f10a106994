import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { referenceData } from '../reference/reference-data.ts';
import { filterConditions, sortOrder } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises, enterpriseTags, tags } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';

/** Up to this many matches are counted exactly; beyond, counting every row would cost more than the page itself. */
export const exactCountLimit = 1_000;

/** Counting stops after limit + 1 matches. */
const cappedCount = (db: Db, where: SQL) =>
  sql<number>`(SELECT count(*) FROM (${db.select({ one: sql`1` }).from(enterprises).where(where).limit(exactCountLimit + 1)}) capped)`.mapWith(Number);

/** Beyond the limit, the planner's estimate, never below the limit, so that paging still reaches past it. */
async function totalOf(db: Db, where: SQL, capped: number): Promise<{ total: number; totalExact: boolean }> {
  if (capped <= exactCountLimit) return { total: capped, totalExact: true };
  const plan = await db.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    sql`EXPLAIN (FORMAT JSON) ${db.select({ one: sql`1` }).from(enterprises).where(where)}`,
  );
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  return { total: Math.max(estimate, exactCountLimit + 1), totalExact: false };
}

export async function searchEnterprises(
  db: Db,
  scope: EnterpriseScope,
  query: EnterpriseFilters & { page: number; pageSize: number; locale: Locale },
) {
  const reference = await referenceData(db);
  const where = filterConditions(reference, scope, query);
  // Counting first tells how to find the page: the planner misjudges how many names hold a query (it takes
  // character pairs and LIKE as independent), and would otherwise sort 50,000 matches to show 20.
  const [counted] = await db.select({ capped: cappedCount(db, where) }).from(sql`(SELECT 1) one`);
  const capped = counted?.capped ?? 0;
  const manyMatches = capped > exactCountLimit;
  const pageWhere = manyMatches ? filterConditions(reference, scope, query, { manyMatches }) : where;
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
        // In the same statement rather than a further round trip per page.
        tags: sql<{ id: string; name: string; color: string }[]>`coalesce((
          SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name)
          FROM ${enterpriseTags} et JOIN ${tags} t ON t.id = et.tag_id
          WHERE et.enterprise_id = ${enterprises}.id), '[]')`,
      })
      .from(enterprises)
      .where(pageWhere)
      .orderBy(...sortOrder(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    totalOf(db, where, capped),
  ]);
  // Reference names in the reader's language; the record's own names stay as typed.
  const names = reference.localized(query.locale);
  const items = rows.map((row) => ({
    ...row,
    industryName: row.industryCode ? (names.industryName(row.industryCode) ?? null) : null,
    regionName: row.regionCode ? names.regionPath(row.regionCode).map((p) => p.name).join(' / ') : null,
  }));
  return { items, ...totals, page: query.page, pageSize: query.pageSize };
}
