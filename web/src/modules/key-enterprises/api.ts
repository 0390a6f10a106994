import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { linkRoles, type LinkRole } from '../../../../src/modules/key-enterprises/link-roles.ts';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';
import { enterpriseKeys } from '../enterprises/api.ts';

export { linkRoles };
export type { LinkRole };

export type EnterpriseLink = ResponseOf<'/api/enterprises/{id}/key-links', 'get'>['items'][number];
export type KeyEnterprise = ResponseOf<'/api/key-enterprises', 'get'>['items'][number];
export type MyKeyEnterprise = ResponseOf<'/api/key-enterprises/mine', 'get'>['items'][number];

export const roleColors: Record<LinkRole, string> = { leader: 'red', commissioner: 'blue' };

export interface KeyEnterpriseListParams {
  leaderId?: string;
  commissionerId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const keyEnterpriseKeys = {
  all: ['key-enterprises'] as const,
  list: (params: KeyEnterpriseListParams) => ['key-enterprises', 'list', params] as const,
  links: (enterpriseId: string) => ['key-enterprises', 'links', enterpriseId] as const,
  mine: (language: string) => ['key-enterprises', 'mine', language] as const,
  candidates: (role: LinkRole, q: string) => ['key-enterprises', 'candidates', role, q] as const,
};

export function useKeyEnterprises(params: KeyEnterpriseListParams) {
  return useQuery({
    queryKey: keyEnterpriseKeys.list(params),
    queryFn: ({ signal }) => api.GET('/api/key-enterprises', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseLinks(enterpriseId: string) {
  return useQuery({
    queryKey: keyEnterpriseKeys.links(enterpriseId),
    queryFn: ({ signal }) => api.GET('/api/enterprises/{id}/key-links', { params: { path: { id: enterpriseId } }, signal }),
  });
}

export function useMyKeyEnterprises() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: keyEnterpriseKeys.mine(language), queryFn: ({ signal }) => api.GET('/api/key-enterprises/mine', { signal }) });
}

export function useLinkCandidates(role: LinkRole, q: string) {
  return useQuery({
    queryKey: keyEnterpriseKeys.candidates(role, q),
    queryFn: ({ signal }) => api.GET('/api/key-enterprises/candidates', { params: { query: { role, q: q || undefined } }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After a write: the lists, the enterprise's links, the home card and the enterprise's timeline load again. */
export function useRefreshKeyEnterprises() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: keyEnterpriseKeys.all }), queryClient.invalidateQueries({ queryKey: [...enterpriseKeys.all, 'timeline'] })]);
}
