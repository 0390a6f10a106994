import { and, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { referenceData } from '../reference/reference-data.ts';
import { filterConditions, sortOrder } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises, enterpriseTags, tags } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';

/** Up to this many matches are counted exactly; beyond, counting every row would cost more than the page itself. */
export const exactCountLimit = 1_000;

/**
 * The planner's estimate of a filter's matches, per database, asked at most once a minute per filter: it moves
 * only when PostgreSQL re-analyses the table, never with one write, so asking again for every page would add a
 * round trip and no accuracy. Exact counts (up to the limit) are never kept.
 */
const estimates = new WeakMap<Db, Map<string, { rows: number; askedAt: number }>>();
const estimateTtlMs = 60_000;
const estimatesKept = 1_000;

/** Beyond the limit, the planner's estimate, never below the limit, so that paging still reaches past it. */
async function totalOf(db: Db, where: SQL, whereKey: string, capped: number): Promise<{ total: number; totalExact: boolean }> {
  if (capped <= exactCountLimit) return { total: capped, totalExact: true };
  const explain = sql`EXPLAIN (FORMAT JSON) ${db.select({ one: sql`1` }).from(enterprises).where(where)}`;
  const known = estimates.get(db) ?? estimates.set(db, new Map()).get(db)!;
  let estimate = known.get(whereKey);
  if (!estimate || Date.now() - estimate.askedAt > estimateTtlMs) {
    const plan = await db.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(explain);
    estimate = { rows: Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0), askedAt: Date.now() };
    known.delete(whereKey);
    if (known.size >= estimatesKept) known.delete(known.keys().next().value!);
    known.set(whereKey, estimate);
  }
  return { total: Math.max(estimate.rows, exactCountLimit + 1), totalExact: false };
}

type PageRow = {
  capped: number;
  id: string | null;
  name: string;
  credit_code: string | null;
  industry_code: string | null;
  region_code: string | null;
  size_class: 'large' | 'medium' | 'small' | 'micro' | null;
  registered_capital_wan: string | null;
  founded_on: string | null;
  updated_at: string;
  tags: { id: string; name: string; color: string }[];
};

/**
 * One page of the register and how many records match, in one statement: a request makes a single round trip.
 * Counting (up to the limit) comes first and decides how the page is found: the planner misjudges how many names
 * hold a query (it takes character pairs and LIKE as independent) and would otherwise sort 50,000 matches to show
 * 20. Both ways are planned; the count gates them (a one-time filter), so only one runs.
 */
export async function searchEnterprises(
  db: Db,
  scope: EnterpriseScope,
  query: EnterpriseFilters & { page: number; pageSize: number; locale: Locale },
) {
  const reference = await referenceData(db);
  const where = filterConditions(reference, scope, query);
  const pageOf = (pageWhere: SQL, gate?: SQL) =>
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
        tags: sql`coalesce((
          SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY t.name)
          FROM ${enterpriseTags} et JOIN ${tags} t ON t.id = et.tag_id
          WHERE et.enterprise_id = ${enterprises}.id), '[]')`.as('tags'),
      })
      .from(enterprises)
      .where(and(pageWhere, gate))
      .orderBy(...sortOrder(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
  const counted = sql`(SELECT n FROM capped)`;
  // Without a query both ways are the same; with one, the count gates which runs.
  const page = query.q
    ? sql`(${pageOf(where, sql`${counted} <= ${exactCountLimit}`)}) UNION ALL (${pageOf(filterConditions(reference, scope, query, { manyMatches: true }), sql`${counted} > ${exactCountLimit}`)})`
    : pageOf(where);
  // The outer join keeps the count when the page is empty; one outer row, so the page keeps its order.
  const { rows } = await db.execute<PageRow>(sql`
    WITH capped AS (
      SELECT count(*)::int AS n FROM (${db.select({ one: sql`1` }).from(enterprises).where(where).limit(exactCountLimit + 1)}) matches
    )
    SELECT ${counted} AS capped, page.* FROM (SELECT 1) one LEFT JOIN (${page}) page ON true`);
  const capped = rows[0]?.capped ?? 0;
  // The filters and scope decide the WHERE clause; the page and the order do not change the estimate.
  const { page: _page, pageSize: _pageSize, sort: _sort, order: _order, locale: _locale, ...filters } = query;
  const totals = await totalOf(db, where, JSON.stringify([scope, filters]), capped);
  // Reference names in the reader's language; the record's own names stay as typed.
  const names = reference.localized(query.locale);
  const items = rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            name: row.name,
            creditCode: row.credit_code,
            industryCode: row.industry_code,
            regionCode: row.region_code,
            sizeClass: row.size_class,
            registeredCapitalWan: row.registered_capital_wan === null ? null : Number(row.registered_capital_wan),
            foundedOn: row.founded_on,
            updatedAt: new Date(row.updated_at),
            tags: row.tags,
            industryName: row.industry_code ? (names.industryName(row.industry_code) ?? null) : null,
            regionName: row.region_code ? names.regionPath(row.region_code).map((p) => p.name).join(' / ') : null,
          },
        ],
  );
  return { items, ...totals, page: query.page, pageSize: query.pageSize };
}
