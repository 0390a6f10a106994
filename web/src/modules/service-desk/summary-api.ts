import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type DailySummary = ResponseOf<'/api/service-desk/summaries/{teamId}/{day}', 'get'>;
export type DailySummaryPage = ResponseOf<'/api/service-desk/summaries', 'get'>;

export interface SummaryListParams {
  teamId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const summaryKeys = {
  all: ['service-desk-summaries'] as const,
  list: (params: SummaryListParams) => ['service-desk-summaries', 'list', params] as const,
  one: (teamId: string, day: string, language: string) => ['service-desk-summaries', 'one', teamId, day, language] as const,
};

/** Where a summary is read and printed; the leaders' notices link here too. */
export const summaryPath = (teamId: string, day: string) => `/service-desk/summaries/${teamId}/${day}`;

export function useSummaries(params: SummaryListParams) {
  return useQuery({
    queryKey: summaryKeys.list(params),
    queryFn: () => api.GET('/api/service-desk/summaries', { params: { query: params } }),
    placeholderData: keepPreviousData,
  });
}

/** One team's summary of a day, its categories named in the current language. */
export function useSummary(teamId: string, day: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: summaryKeys.one(teamId, day, language),
    queryFn: () => api.GET('/api/service-desk/summaries/{teamId}/{day}', { params: { path: { teamId, day } } }),
  });
}

/** A supervisor's "produce again" of a team's latest day; the lists and the page show the new figures. */
export function useProduceSummaryAgain(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.POST('/api/service-desk/summaries/{teamId}/produce', { params: { path: { teamId } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: summaryKeys.all }),
  });
}

/** A request's page in the agents' workspace, which each open item and repeated problem opens. */
export const requestPath = (requestId: string) => `/service-desk/requests/${requestId}`;
