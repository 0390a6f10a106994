import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type ServiceWindow = ResponseOf<'/api/service-windows', 'get'>[number];
export type WindowRequestPage = ResponseOf<'/api/window-requests', 'get'>;
export type WindowRequestSummary = WindowRequestPage['items'][number];
export type WindowRequest = ResponseOf<'/api/window-requests/{id}', 'get'>;
export type WindowRequestState = WindowRequest['state'];
export type WindowRequestAction = WindowRequest['actions'][number];

export interface RequestListParams {
  windowCode?: string;
  state?: WindowRequestState;
  q?: string;
  order: 'queue' | 'recent';
  page: number;
  pageSize: number;
}

export const windowKeys = {
  windows: (language: string, includeInactive: boolean) => ['service-windows', language, includeInactive] as const,
  requests: ['window-requests'] as const,
  list: (params: RequestListParams, language: string) => ['window-requests', 'list', language, params] as const,
  one: (id: string, language: string) => ['window-requests', 'one', language, id] as const,
};

export const stateColors: Record<WindowRequestState, string> = { open: 'orange', answered: 'blue', closed: 'default' };

/** The windows, named in the current language; every one (inactive too) for the administrators' page. */
export function useWindows(options: { includeInactive?: boolean } = {}) {
  const language = useTranslation().i18n.language;
  const includeInactive = options.includeInactive ?? false;
  return useQuery({
    queryKey: windowKeys.windows(language, includeInactive),
    queryFn: () => api.GET('/api/service-windows', { params: { query: includeInactive ? { includeInactive: 'true' } : {} } }),
  });
}

export function useWindowRequests(params: RequestListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: windowKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/window-requests', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWindowRequest(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: windowKeys.one(id, language),
    queryFn: ({ signal }) => api.GET('/api/window-requests/{id}', { params: { path: { id } }, signal }),
  });
}

/** After a write: the lists and every open thread load again. */
export function useRefreshRequests() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: windowKeys.requests });
}
