import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { ResponseOf } from '../../../api/types.ts';

export type JudgeQueue = ResponseOf<'/api/competition/judging/queue', 'get'>;
export type JudgedEntry = ResponseOf<'/api/competition/judging/phases/{phaseId}/entries/{entryId}', 'get'>;
export type PhaseJudging = ResponseOf<'/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/judging', 'get'>;
export type Judge = ResponseOf<'/api/competition/judges', 'get'>['items'][number];
export interface PhasePath {
  id: string;
  roundId: string;
  phaseId: string;
}

export const judgingKeys = {
  all: ['competition-judging'] as const,
  queue: ['competition-judging', 'queue'] as const,
  entry: (phaseId: string, entryId: string) => ['competition-judging', 'entry', phaseId, entryId] as const,
  phase: (path: PhasePath) => ['competition-judging', 'phase', path] as const,
  judges: ['competition-judging', 'judges'] as const,
  conflicts: (editionId: string) => ['competition-judging', 'conflicts', editionId] as const,
};

export function useJudgeQueue() {
  return useQuery({ queryKey: judgingKeys.queue, queryFn: ({ signal }) => api.GET('/api/competition/judging/queue', { signal }) });
}

export function useJudgedEntry(phaseId: string, entryId: string) {
  return useQuery({
    queryKey: judgingKeys.entry(phaseId, entryId),
    queryFn: ({ signal }) => api.GET('/api/competition/judging/phases/{phaseId}/entries/{entryId}', { params: { path: { phaseId, entryId } }, signal }),
  });
}

export function usePhaseJudging(path: PhasePath) {
  return useQuery({
    queryKey: judgingKeys.phase(path),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/judging', { params: { path }, signal }),
  });
}

export function useJudges() {
  return useQuery({ queryKey: judgingKeys.judges, queryFn: ({ signal }) => api.GET('/api/competition/judges', { signal }) });
}

/** The register's organisations matching a query of at least 2 characters, for linking a judge to one. */
export function useOrganisationSearch(q: string) {
  return useQuery({
    queryKey: ['competition-judging', 'organisations', q],
    queryFn: ({ signal }) => api.GET('/api/competition/organisations', { params: { query: { q, page: 1, pageSize: 20 } }, signal }),
    placeholderData: keepPreviousData,
    enabled: q.length >= 2,
  });
}

export function useConflicts(editionId: string) {
  return useQuery({
    queryKey: judgingKeys.conflicts(editionId),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/conflicts', { params: { path: { id: editionId } }, signal }),
  });
}

/** After a write: every judging query loads again. */
export function useRefreshJudging() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: judgingKeys.all });
}
