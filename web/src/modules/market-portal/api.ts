import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type PublicListing = ResponseOf<'/api/portal/listings/{id}', 'get'>;
export type PublicListingSummary = ResponseOf<'/api/portal/listings', 'get'>['items'][number];
export type PublicDemand = ResponseOf<'/api/portal/demands/{id}', 'get'>;

export type PortalKind = 'listings' | 'demands';

export interface PortalSearch {
  q?: string;
  fieldId?: string;
  kind?: PublicDemand['kind'];
  page: number;
}

/** What a phone shows at once without a long scroll; the server allows at most 50. */
export const portalPageSize = 10;

const keys = {
  fields: (language: string) => ['portal', 'fields', language] as const,
  page: (kind: PortalKind, search: PortalSearch, language: string) => ['portal', kind, language, search] as const,
  one: (kind: PortalKind, id: string, language: string) => ['portal', kind, 'one', language, id] as const,
};

export function usePortalFields() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: keys.fields(language), queryFn: () => api.GET('/api/portal/fields', {}), staleTime: 10 * 60_000 });
}

export function usePortalListings(search: PortalSearch) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: keys.page('listings', search, language),
    queryFn: () => api.GET('/api/portal/listings', { params: { query: { q: search.q, fieldId: search.fieldId, page: search.page, pageSize: portalPageSize } } }),
    placeholderData: keepPreviousData,
  });
}

export function usePortalDemands(search: PortalSearch) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: keys.page('demands', search, language),
    queryFn: () => api.GET('/api/portal/demands', { params: { query: { q: search.q, fieldId: search.fieldId, kind: search.kind, page: search.page, pageSize: portalPageSize } } }),
    placeholderData: keepPreviousData,
  });
}

export function usePortalListing(id: string) {
  const language = useTranslation().i18n.language;
  // Each opening counts as a view on the server; a reader switching language is not asked again for the same page.
  return useQuery({ queryKey: keys.one('listings', id, language), queryFn: () => api.GET('/api/portal/listings/{id}', { params: { path: { id } } }), staleTime: 5 * 60_000, retry: false });
}

export function usePortalDemand(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: keys.one('demands', id, language), queryFn: () => api.GET('/api/portal/demands/{id}', { params: { path: { id } } }), staleTime: 5 * 60_000, retry: false });
}
