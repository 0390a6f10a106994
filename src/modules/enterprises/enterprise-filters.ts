import { and, arrayContains, asc, desc, eq, isNull, like, sql, type SQL } from 'drizzle-orm';
import { normalizeKey } from '../../platform/text/normalize.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import { regionPrefix } from '../reference/resolve-region.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises, enterpriseTags } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';
import { canonicalCreditCode } from './validate-credit-code.ts';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/**
 * What a row's search_grams must contain to hold the query (see migration 0003): its character pairs, or the one
 * character of a one-character query. Counted in code points, as PostgreSQL counts characters.
 */
export function queryGrams(query: string): string[] {
  const characters = [...query];
  if (characters.length === 1) return characters;
  return [...new Set(characters.slice(1).map((character, index) => characters[index]! + character))];
}

/** The list's filters as SQL, shared by the page and the export; merged-away records are never listed. */
export function filterConditions(reference: ReferenceData, scope: EnterpriseScope, filters: EnterpriseFilters): SQL {
  const conditions: (SQL | undefined)[] = [isNull(enterprises.mergedIntoId)];
  if (!scope.all) conditions.push(scope.enterpriseId ? eq(enterprises.id, scope.enterpriseId) : sql`false`);
  const q = filters.q ? normalizeKey(filters.q) : '';
  if (q) {
    // The grams narrow the rows through their index; LIKE then checks the characters are in order and together.
    conditions.push(arrayContains(enterprises.searchGrams, queryGrams(q)));
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
