import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export type LeadPage = ResponseOf<'/api/leads', 'get'>;
export type LeadSummary = LeadPage['items'][number];
export type Lead = ResponseOf<'/api/leads/{id}', 'get'>;
export type LeadAction = Lead['actions'][number];
export type LeadSource = Lead['source'];
export type LeadPriority = Lead['priority'];
export type LeadStatus = Lead['status'];
export type CreateLeadBody = BodyOf<'/api/leads', 'post'>;
export type UpdateLeadBody = BodyOf<'/api/leads/{id}', 'patch'>;

export const leadSources: readonly LeadSource[] = ['visit', 'referral', 'conference', 'competition', 'field-research', 'inbound'];
export const leadPriorities: readonly LeadPriority[] = ['high', 'normal', 'low'];
export const leadStatuses: readonly LeadStatus[] = ['open', 'converted', 'dropped'];
export const leadTabs = ['mine', 'team', 'pool', 'all'] as const;
export type LeadTab = (typeof leadTabs)[number];

export const priorityColors: Record<LeadPriority, string> = { high: 'red', normal: 'blue', low: 'default' };
export const statusColors: Record<LeadStatus, string> = { open: 'green', converted: 'purple', dropped: 'default' };

export interface LeadListParams {
  tab: LeadTab;
  source?: LeadSource;
  priority?: LeadPriority;
  status?: LeadStatus;
  industry?: string;
  due?: 'true';
  q?: string;
  page: number;
  pageSize: number;
}

export const leadKeys = {
  all: ['leads'] as const,
  list: (params: LeadListParams, language: string) => ['leads', 'list', language, params] as const,
  one: (id: string, language: string) => ['leads', 'one', language, id] as const,
  home: (language: string) => ['leads', 'home', language] as const,
  assignees: ['leads', 'assignees'] as const,
};

export function useLeads(params: LeadListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: leadKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/leads', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: leadKeys.one(id, language),
    queryFn: ({ signal }) => api.GET('/api/leads/{id}', { params: { path: { id } }, signal }),
  });
}

export function useLeadHome() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: leadKeys.home(language), queryFn: ({ signal }) => api.GET('/api/leads/home', { signal }) });
}

export function useAssignees(enabled: boolean) {
  return useQuery({ queryKey: leadKeys.assignees, queryFn: ({ signal }) => api.GET('/api/leads/assignees', { signal }), enabled });
}

/** After a write: every list, card and open lead loads again. */
export function useRefreshLeads() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: leadKeys.all });
}
