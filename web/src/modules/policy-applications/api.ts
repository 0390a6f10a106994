import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type ApplicationPage = ResponseOf<'/api/policy-applications', 'get'>;
export type ApplicationSummary = ApplicationPage['items'][number];
export type Application = ResponseOf<'/api/policy-applications/{id}', 'get'>;
export type ApplicationState = Application['state'];
export type Prefill = ResponseOf<'/api/policy-applications/prefill', 'get'>;
export type Benefits = ResponseOf<'/api/enterprises/{id}/policy-benefits', 'get'>;
export type Payout = Benefits['payouts']['items'][number];

export const applicationStates: ApplicationState[] = ['draft', 'submitted', 'accepted', 'reviewed', 'publicized', 'paid', 'returned', 'rejected', 'withdrawn'];

export const stateColors: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'orange',
  accepted: 'blue',
  reviewed: 'cyan',
  publicized: 'purple',
  paid: 'green',
  returned: 'gold',
  rejected: 'red',
  withdrawn: 'default',
};

export interface ApplicationListParams {
  state?: ApplicationState;
  overdue?: 'true';
  itemId?: string;
  page: number;
  pageSize: number;
}

export const applicationKeys = {
  all: ['policy-applications'] as const,
  list: (params: ApplicationListParams, language: string) => ['policy-applications', 'list', language, params] as const,
  one: (id: string, language: string) => ['policy-applications', 'one', language, id] as const,
  prefill: (itemId: string, language: string) => ['policy-applications', 'prefill', language, itemId] as const,
  benefits: (enterpriseId: string, page: number) => ['policy-applications', 'benefits', enterpriseId, page] as const,
};

export function useApplications(params: ApplicationListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: applicationKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/policy-applications', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: applicationKeys.one(id, language),
    queryFn: ({ signal }) => api.GET('/api/policy-applications/{id}', { params: { path: { id } }, signal }),
  });
}

export function usePrefill(itemId: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: applicationKeys.prefill(itemId, language),
    queryFn: ({ signal }) => api.GET('/api/policy-applications/prefill', { params: { query: { item: itemId } }, signal }),
    enabled: Boolean(itemId),
    retry: false,
  });
}

export function usePolicyBenefits(enterpriseId: string, page: number) {
  return useQuery({
    queryKey: applicationKeys.benefits(enterpriseId, page),
    queryFn: ({ signal }) => api.GET('/api/enterprises/{id}/policy-benefits', { params: { path: { id: enterpriseId }, query: { page, pageSize: 10 } }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After a write: every list and application page loads again. */
export function useRefreshApplications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: applicationKeys.all });
}

/** 万元 as the office writes it: up to four decimals, no trailing zeros. */
export const formatWan = (amount: number) => amount.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
