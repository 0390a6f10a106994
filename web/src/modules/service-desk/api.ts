import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useLiveInvalidate } from '../../app/live-stream.ts';
import type { ResponseOf } from '../../api/types.ts';

export type ServiceCategory = ResponseOf<'/api/service-desk/categories', 'get'>[number];
export type ServiceRequestPage = ResponseOf<'/api/service-requests', 'get'>;
export type ServiceRequestSummary = ServiceRequestPage['items'][number];
export type ServiceRequest = ResponseOf<'/api/service-requests/{id}', 'get'>;
export type ServiceRequestState = ServiceRequest['state'];
export type ServiceRequestPriority = ServiceRequest['priority'];
export type Place = ResponseOf<'/api/service-desk/places', 'get'>[number];
export type SlaPolicy = ResponseOf<'/api/service-desk/sla-policies', 'get'>[number];
export type Queue = 'mine' | 'team' | 'unassigned' | 'all' | 'at_risk' | 'breached';

export interface RequestListParams {
  queue: Queue;
  open?: 'true';
  enterpriseId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const deskKeys = {
  all: ['service-desk'] as const,
  categories: (language: string, includeInactive: boolean) => ['service-desk', 'categories', language, includeInactive] as const,
  places: ['service-desk', 'places'] as const,
  list: (params: RequestListParams, language: string) => ['service-desk', 'requests', language, params] as const,
  one: (id: string, language: string) => ['service-desk', 'request', language, id] as const,
  cannedReplies: ['service-desk', 'canned-replies'] as const,
  rules: (language: string) => ['service-desk', 'rules', language] as const,
  settings: ['service-desk', 'settings'] as const,
  slaPolicies: (language: string) => ['service-desk', 'sla-policies', language] as const,
};

export const stateColors: Record<ServiceRequestState, string> = {
  new: 'red',
  accepted: 'orange',
  in_progress: 'blue',
  waiting_on_enterprise: 'purple',
  resolved: 'green',
  closed: 'default',
};

export const priorityColors: Record<ServiceRequestPriority, string> = { urgent: 'red', high: 'orange', normal: 'default', low: 'default' };

/** The categories, named in the current language; every one (inactive too) for the administrators' page. */
export function useCategories(options: { includeInactive?: boolean } = {}) {
  const language = useTranslation().i18n.language;
  const includeInactive = options.includeInactive ?? false;
  return useQuery({
    queryKey: deskKeys.categories(language, includeInactive),
    queryFn: () => api.GET('/api/service-desk/categories', { params: { query: includeInactive ? { includeInactive: 'true' } : {} } }),
  });
}

export function usePlaces() {
  return useQuery({ queryKey: deskKeys.places, queryFn: () => api.GET('/api/service-desk/places'), staleTime: 5 * 60_000 });
}

export function useServiceRequests(params: RequestListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: deskKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/service-requests', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useServiceRequest(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: deskKeys.one(id, language),
    queryFn: ({ signal }) => api.GET('/api/service-requests/{id}', { params: { path: { id } }, signal }),
  });
}

export function useCannedReplies(enabled: boolean) {
  return useQuery({ queryKey: deskKeys.cannedReplies, queryFn: () => api.GET('/api/service-desk/canned-replies'), enabled });
}

/** The queries a change of requests makes stale: every queue and every request page. */
const requestQueries = [['service-desk', 'requests'], ['service-desk', 'request']] as const;

/** Follows the requests live: a change announced by the server (service-desk.requests) refetches queues and pages. */
export function useLiveRequests() {
  useLiveInvalidate('service-desk.requests', requestQueries);
}

/** After a write: the queues and every open request load again. */
export function useRefreshDesk() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: deskKeys.all });
}
