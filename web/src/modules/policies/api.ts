import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';
import {
  benefitKinds,
  deliveryModes,
  guideStatuses,
  policyLevels,
  policyStates,
  type BenefitKind,
  type GuideStatus,
  type PolicyLevel,
  type PolicyState,
} from '../../../../src/modules/policies/policy-terms.ts';

export { benefitKinds, deliveryModes, guideStatuses, policyLevels, policyStates };
export type { BenefitKind, GuideStatus, PolicyLevel, PolicyState };

export type PolicyPage = ResponseOf<'/api/policies', 'get'>;
export type PolicySummary = PolicyPage['items'][number];
export type Policy = ResponseOf<'/api/policies/{id}', 'get'>;
export type BenefitItem = Policy['items'][number];
export type PolicyBody = BodyOf<'/api/policies', 'post'>;
export type BenefitItemBody = BodyOf<'/api/policies/{id}/items', 'post'>;
export type PolicyList = ResponseOf<'/api/policy-lists', 'get'>['items'][number];

export const stateColors: Record<PolicyState, string> = { draft: 'default', published: 'green', withdrawn: 'red' };
export const guideColors: Record<GuideStatus, string> = { done: 'green', onTime: 'blue', dueSoon: 'orange', overdue: 'red' };

export interface PolicyListParams {
  q?: string;
  level?: PolicyLevel;
  state?: PolicyState;
  guide?: GuideStatus;
  page: number;
  pageSize: number;
}

export const policyKeys = {
  all: ['policies'] as const,
  list: (params: PolicyListParams, language: string) => ['policies', 'list', language, params] as const,
  one: (id: string, language: string) => ['policies', 'one', language, id] as const,
  lists: ['policies', 'lists'] as const,
};

export function usePolicyList(params: PolicyListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: policyKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/policies', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicy(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: policyKeys.one(id, language), queryFn: ({ signal }) => api.GET('/api/policies/{id}', { params: { path: { id } }, signal }) });
}

/** The lists a `list` condition may name (the first 200 by name: a district keeps a handful). */
export function usePolicyLists() {
  return useQuery({
    queryKey: policyKeys.lists,
    queryFn: ({ signal }) => api.GET('/api/policy-lists', { params: { query: { page: 1, pageSize: 200 } }, signal }),
  });
}

/** After a write: every list and open policy loads again. */
export function useRefreshPolicies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: policyKeys.all });
}
