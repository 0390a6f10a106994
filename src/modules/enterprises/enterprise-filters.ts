import { and, arrayContains, asc, desc, eq, isNull, like, sql, type SQL } from 'drizzle-orm';
import { normalizeKey } from '../../platform/text/normalize.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import { regionPrefix } from '../reference/region-prefix.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises, enterpriseTags } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';
import { canonicalCreditCode } from './validate-credit-code.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';


/**
 * What a row's search_grams must contain to hold the query (see migration 0003): its first and last character
 * pairs, or the one character of a one-character query; LIKE checks the rest. Not every pair: the planner takes
 * the pairs as independent, which in names they are not (新材, 材料, 料有, 有限), so with all of them it expects a
 * handful of rows where there are 40,000 and sorts them all instead of walking the date index. Counted in code
 * points, as PostgreSQL counts characters.
 */
export function queryGrams(query: string): string[] {
  const characters = [...query];
  if (characters.length === 1) return characters;
  const pair = (start: number) => characters[start]! + characters[start + 1]!;
  return [...new Set([pair(0), pair(characters.length - 2)])];
}

export function filterConditions(
  reference: ReferenceData,
  scope: EnterpriseScope,
  filters: EnterpriseFilters,
  /** Known to match many rows: a page is then found faster by walking the sort order than through the grams. */
  options: { manyMatches?: boolean } = {},
): SQL {
  const conditions: (SQL | undefined)[] = [isNull(enterprises.mergedIntoId)];
  if (!scope.all) conditions.push(scope.enterpriseId ? eq(enterprises.id, scope.enterpriseId) : sql`false`);
  const q = filters.q ? normalizeKey(filters.q) : '';
  if (q) {
    // The grams narrow the rows through their index; LIKE then checks the characters are in order and together.
    if (!options.manyMatches) conditions.push(arrayContains(enterprises.searchGrams, queryGrams(q)));
    conditions.push(like(enterprises.searchText, `%${escapeLike(q)}%`));
  }
  const creditCode = filters.creditCode ? canonicalCreditCode(filters.creditCode) : '';
  if (creditCode) conditions.push(like(enterprises.creditCode, `${escapeLike(creditCode)}%`));
  if (filters.industry) {
    const industry = reference.resolveIndustryCode(filters.industry) ?? filters.industry.toUpperCase();
    conditions.push(like(enterprises.industryCode, `${escapeLike(industry)}%`));
  }
  if (filters.region) conditions.push(like(enterprises.regionCode, `${regionPrefix(filters.region)}%`));
  for (const tagId of new Set(filters.tag ?? [])) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${enterpriseTags} WHERE ${enterpriseTags.enterpriseId} = ${enterprises.id} AND ${enterpriseTags.tagId} = ${tagId})`,
    );
  }
  if (filters.sizeClass) conditions.push(eq(enterprises.sizeClass, filters.sizeClass));
  return and(...conditions)!;
}

const sortColumns = {
  // Chinese names in pinyin order (ICU), as people expect them in a register.
  name: sql`${enterprises.name} COLLATE "zh-x-icu"`,
  creditCode: enterprises.creditCode,
  registeredCapitalWan: enterprises.registeredCapitalWan,
  foundedOn: enterprises.foundedOn,
  updatedAt: enterprises.updatedAt,
  createdAt: enterprises.createdAt,
};

/** Columns that are never empty: ordering by them alone lets an index give the first page. */
const requiredSortColumns = new Set<EnterpriseFilters['sort']>(['name', 'updatedAt', 'createdAt']);

/** Requested order, empty values last, then by id so that pages never overlap. */
export function sortOrder(filters: EnterpriseFilters): SQL[] {
  const column = sortColumns[filters.sort];
  const order = filters.order ?? (filters.sort === 'name' || filters.sort === 'creditCode' ? 'asc' : 'desc');
  const direction = order === 'asc' ? asc : desc;
  const emptyLast = requiredSortColumns.has(filters.sort) ? [] : [sql`${column} IS NULL`];
  return [...emptyLast, direction(column), asc(enterprises.id)];
}
