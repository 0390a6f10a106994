import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { aggregationMethods, type AggregationMethod } from '../../../../../src/modules/competition/scoring/aggregate-scores.ts';

export { aggregationMethods };
export type { AggregationMethod };

export type PhaseRanking = ResponseOf<'/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/ranking', 'get'>;
export type RankedEntry = PhaseRanking['entries'][number];
export type LandingTracker = ResponseOf<'/api/competition/editions/{id}/landing', 'get'>;
export type PublicNotices = ResponseOf<'/api/competition/notices', 'get'>;

export interface PhasePath {
  id: string;
  roundId: string;
  phaseId: string;
}

export const resultsKeys = {
  all: ['competition'] as const,
  ranking: (path: PhasePath, method: AggregationMethod | undefined) => ['competition', 'ranking', path, method ?? null] as const,
  tracker: (id: string, roundId: string | undefined) => ['competition', 'landing', id, roundId ?? null] as const,
  support: (id: string, entryId: string) => ['competition', 'landing-support', id, entryId] as const,
};

export function useRanking(path: PhasePath, method: AggregationMethod | undefined) {
  return useQuery({
    queryKey: resultsKeys.ranking(path, method),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/ranking', { params: { path, query: { method } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLandingTracker(id: string, roundId: string | undefined) {
  return useQuery({
    queryKey: resultsKeys.tracker(id, roundId),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/landing', { params: { path: { id }, query: { roundId } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLandingSupport(id: string, entryId: string) {
  return useQuery({
    queryKey: resultsKeys.support(id, entryId),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/entries/{entryId}/landing-support', { params: { path: { id, entryId } }, signal }),
  });
}

export function useLeadOwners(enabled: boolean) {
  return useQuery({ queryKey: ['competition', 'lead-owners'], queryFn: ({ signal }) => api.GET('/api/competition/lead-owners', { signal }), enabled });
}

export function usePublicNotices() {
  return useQuery({ queryKey: ['competition', 'notices'], queryFn: ({ signal }) => api.GET('/api/competition/notices', { signal }) });
}

/** After a closing, a notice or landing support: rankings, trackers and editions load again. */
export function useRefreshResults() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: resultsKeys.all });
}
