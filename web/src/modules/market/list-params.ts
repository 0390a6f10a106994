import { demandKinds, marketStates, type DemandKind, type MarketState } from './api.ts';

/** A market list's filters as the address keeps them, so that going back to a list finds it as it was left. */
export interface MarketListFilters {
  q?: string;
  fieldId?: string;
  state?: MarketState;
  kind?: DemandKind;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

export function filtersFromSearch(search: URLSearchParams): MarketListFilters {
  const page = Number(search.get('page'));
  return {
    q: search.get('q')?.trim() || undefined,
    fieldId: search.get('field') || undefined,
    state: oneOf(marketStates, search.get('state')),
    kind: oneOf(demandKinds, search.get('kind')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function filtersToSearch(filters: MarketListFilters, keep?: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams();
  // Parameters the list does not own (a page's tab) stay as they were.
  for (const [key, value] of keep ?? []) if (!['q', 'field', 'state', 'kind', 'page'].includes(key)) search.set(key, value);
  if (filters.q) search.set('q', filters.q);
  if (filters.fieldId) search.set('field', filters.fieldId);
  if (filters.state) search.set('state', filters.state);
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}
