import { demandKinds, marketStates, marketSorts, maturityLevels, type DemandKind, type MarketSort, type MarketState, type Maturity } from './api.ts';

/** A market list's filters and order as the address keeps them, so that going back to a list finds it as it was left. */
export interface MarketListFilters {
  q?: string;
  fieldId?: string;
  state?: MarketState;
  kind?: DemandKind;
  /** Listings: this stage or later. Demands: those a technology at this stage answers. */
  maturity?: Maturity;
  /** Listings: this readiness level or higher. */
  minTrl?: number;
  /** Unset is the API's own order, the newest change first. */
  sort?: MarketSort;
  order?: 'asc' | 'desc';
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

const owned = ['q', 'field', 'state', 'kind', 'maturity', 'trl', 'sort', 'order', 'page'];

export function filtersFromSearch(search: URLSearchParams): MarketListFilters {
  const page = Number(search.get('page'));
  const trl = Number(search.get('trl'));
  return {
    q: search.get('q')?.trim() || undefined,
    fieldId: search.get('field') || undefined,
    state: oneOf(marketStates, search.get('state')),
    kind: oneOf(demandKinds, search.get('kind')),
    maturity: oneOf(maturityLevels, search.get('maturity')),
    minTrl: Number.isInteger(trl) && trl >= 1 && trl <= 9 ? trl : undefined,
    sort: oneOf(marketSorts, search.get('sort')),
    order: oneOf(['asc', 'desc'] as const, search.get('order')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function filtersToSearch(filters: MarketListFilters, keep?: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams();
  // Parameters the list does not own (a page's tab) stay as they were.
  for (const [key, value] of keep ?? []) if (!owned.includes(key)) search.set(key, value);
  if (filters.q) search.set('q', filters.q);
  if (filters.fieldId) search.set('field', filters.fieldId);
  if (filters.state) search.set('state', filters.state);
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.maturity) search.set('maturity', filters.maturity);
  if (filters.minTrl) search.set('trl', String(filters.minTrl));
  if (filters.sort) search.set('sort', filters.sort);
  if (filters.order) search.set('order', filters.order);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}
