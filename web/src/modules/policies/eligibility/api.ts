import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import type { ResponseOf } from '../../../api/types.ts';

export type EnterpriseFit = ResponseOf<'/api/policies/for-me', 'get'>;
export type ItemFit = EnterpriseFit['items'][number];
export type ConditionFit = ItemFit['conditions'][number];
export type FitStatus = ItemFit['status'];
export type EligiblePage = ResponseOf<'/api/policies/items/{itemId}/eligible', 'get'>;
export type TextMatchPage = ResponseOf<'/api/policies/{id}/text-matches', 'get'>;

export const fitStatusColors: Record<FitStatus, string> = { eligible: 'green', possible: 'orange', ineligible: 'default' };

export const policyFitKeys = {
  all: ['policy-fit'] as const,
  mine: (language: string) => ['policy-fit', 'mine', language] as const,
  enterprise: (enterpriseId: string, language: string) => ['policy-fit', 'enterprise', enterpriseId, language] as const,
  eligible: (itemId: string, status: 'eligible' | 'possible', page: number) => ['policy-fit', 'eligible', itemId, status, page] as const,
  textMatches: (policyId: string, page: number) => ['policy-fit', 'text-matches', policyId, page] as const,
  mayConcernMe: ['policy-fit', 'may-concern'] as const,
};

export function useMyPolicyFit() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: policyFitKeys.mine(language), queryFn: ({ signal }) => api.GET('/api/policies/for-me', { signal }) });
}

export function useEnterprisePolicyFit(enterpriseId: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: policyFitKeys.enterprise(enterpriseId, language),
    queryFn: ({ signal }) => api.GET('/api/enterprises/{id}/policy-fit', { params: { path: { id: enterpriseId } }, signal }),
  });
}

export function useEligibleEnterprises(itemId: string, status: 'eligible' | 'possible', page: number, pageSize: number) {
  return useQuery({
    queryKey: policyFitKeys.eligible(itemId, status, page),
    queryFn: ({ signal }) => api.GET('/api/policies/items/{itemId}/eligible', { params: { path: { itemId }, query: { status, page, pageSize } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyTextMatches(policyId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: policyFitKeys.textMatches(policyId, page),
    queryFn: ({ signal }) => api.GET('/api/policies/{id}/text-matches', { params: { path: { id: policyId }, query: { page, pageSize } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMayConcernMe() {
  return useQuery({ queryKey: policyFitKeys.mayConcernMe, queryFn: ({ signal }) => api.GET('/api/policies/for-me/may-concern', { signal }) });
}
