import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { EnterpriseFilters } from './list-params.ts';

/** How many enterprises match the filters: the list's total, fetched with a single row. */
function countQuery(filters: EnterpriseFilters, enabled: boolean) {
  return {
    queryKey: ['enterprises', 'count', filters] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }) =>
      (await api.GET('/api/enterprises', { params: { query: { ...filters, page: 1, pageSize: 1 } }, signal })).total,
    enabled,
  };
}

export function useEnterpriseCount(filters: EnterpriseFilters, enabled = true) {
  return useQuery(countQuery(filters, enabled));
}

export function useEnterpriseCounts(filterList: readonly EnterpriseFilters[], enabled = true) {
  return useQueries({ queries: filterList.map((filters) => countQuery(filters, enabled)) });
}
