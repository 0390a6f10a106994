import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { regionPrefix } from '../../../../src/modules/reference/region-prefix.ts';
import type { ResponseOf } from '../../api/types.ts';

export type EnterpriseStats = ResponseOf<'/api/enterprises/stats', 'get'>;

/** The register's counts (total, by region, size class and tag) in one request, exact and current. */
export function useEnterpriseStats() {
  return useQuery({ queryKey: ['enterprises', 'stats'], queryFn: ({ signal }) => api.GET('/api/enterprises/stats', { signal }) });
}

/** The enterprises registered in a region or anywhere beneath it ('370200' counts every district of Qingdao). */
export function countInRegion(stats: EnterpriseStats, code: string): number {
  const prefix = regionPrefix(code);
  return stats.byRegion.reduce((sum, entry) => (entry.regionCode?.startsWith(prefix) ? sum + entry.count : sum), 0);
}

export function countWithTag(stats: EnterpriseStats | undefined, tagId: string): number | undefined {
  return stats ? (stats.byTag.find((entry) => entry.tagId === tagId)?.count ?? 0) : undefined;
}
