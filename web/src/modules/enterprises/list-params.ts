import { sizeClasses, type SizeClass } from './api.ts';

export const sortFields = ['name', 'creditCode', 'registeredCapitalWan', 'foundedOn', 'updatedAt', 'createdAt'] as const;
export type SortField = (typeof sortFields)[number];
export type SortOrder = 'asc' | 'desc';

export interface EnterpriseFilters {
  q?: string;
  industry?: string;
  region?: string;
  tag?: string[];
  sizeClass?: SizeClass;
}

export interface EnterpriseListParams extends EnterpriseFilters {
  page: number;
  pageSize: number;
  sort?: SortField;
  order?: SortOrder;
}

export const pageSizes = [10, 20, 50, 100] as const;
const defaultPageSize = 20;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function positiveInteger(value: string | null): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The list's state lives in the address, so a filtered list can be bookmarked, shared and returned to. */
export function parseListParams(search: URLSearchParams): EnterpriseListParams {
  const pageSize = positiveInteger(search.get('pageSize'));
  const tags = search.getAll('tag').filter(Boolean);
  return {
    q: search.get('q')?.trim() || undefined,
    industry: search.get('industry') || undefined,
    region: search.get('region') || undefined,
    tag: tags.length ? tags : undefined,
    sizeClass: oneOf(sizeClasses, search.get('sizeClass')),
    page: positiveInteger(search.get('page')) ?? 1,
    pageSize: pageSizes.find((size) => size === pageSize) ?? defaultPageSize,
    sort: oneOf(sortFields, search.get('sort')),
    order: oneOf(['asc', 'desc'], search.get('order')),
  };
}

export function listParamsToSearch(params: EnterpriseListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['q', 'industry', 'region', 'sizeClass', 'sort', 'order'] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  for (const tag of params.tag ?? []) search.append('tag', tag);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== defaultPageSize) search.set('pageSize', String(params.pageSize));
  return search;
}

/** The filters alone, for the export: it downloads everything they match, not one page. */
export function filtersOf(params: EnterpriseListParams): EnterpriseFilters {
  const { q, industry, region, tag, sizeClass } = params;
  return { q, industry, region, tag, sizeClass };
}

export function hasFilters(params: EnterpriseListParams): boolean {
  return Object.values(filtersOf(params)).some((value) => value !== undefined);
}
