import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { BodyOf, IndustryNode, RegionNode, SizeClass } from '../../api/types.ts';

export type {
  CodeName,
  Contact,
  DuplicateCandidate,
  Enterprise,
  EnterpriseInput,
  EnterpriseListItem,
  IndustryNode,
  RegionNode,
  SizeClass,
  Tag,
  TimelineEntry,
} from '../../api/types.ts';
import type { EnterpriseListParams } from './list-params.ts';

export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const satisfies readonly SizeClass[];

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (params: EnterpriseListParams) => ['enterprises', 'list', params] as const,
  one: (id: string) => ['enterprises', 'one', id] as const,
  timeline: (id: string, page: number) => ['enterprises', 'timeline', id, page] as const,
  history: (id: string) => ['enterprises', 'history', id] as const,
};

export function useEnterpriseList(params: EnterpriseListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: enterpriseKeys.list(params),
    queryFn: ({ signal }) => api.GET('/api/enterprises', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useEnterprise(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: enterpriseKeys.one(id),
    queryFn: ({ signal }) => api.GET('/api/enterprises/{id}', { params: { path: { id } }, signal }),
    enabled: options.enabled ?? true,
  });
}

// Reference data changes rarely; one fetch per session and language is enough. The server names it in the
// request's language, so the language is part of every key.
const referenceData = { staleTime: Infinity, gcTime: Infinity } as const;

function useLanguage(): string {
  return useTranslation().i18n.language;
}

export function useIndustryTree() {
  const language = useLanguage();
  return useQuery({
    queryKey: ['industries', 'tree', language],
    // The schema spells each level out; the tree is walked as one recursive shape.
    queryFn: async (): Promise<IndustryNode[]> => api.GET('/api/industries/tree'),
    ...referenceData,
  });
}

/** The industries the server finds for a search (code, name or note, in either script), with their paths. */
export function useIndustrySearch(query: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ['industries', 'search', language, query],
    queryFn: ({ signal }) => api.GET('/api/industries', { params: { query: { q: query } }, signal }),
    enabled: query.trim().length > 0,
    placeholderData: keepPreviousData,
    ...referenceData,
  });
}

export function useRegionTree() {
  const language = useLanguage();
  return useQuery({ queryKey: ['regions', 'tree', language], queryFn: async (): Promise<RegionNode[]> => api.GET('/api/regions/tree'), ...referenceData });
}

export const tagsKey = ['tags'] as const;

export function useTags() {
  return useQuery({ queryKey: tagsKey, queryFn: () => api.GET('/api/tags') });
}

export function findDuplicates(input: BodyOf<'/api/enterprises/duplicates', 'post'>, signal?: AbortSignal) {
  return api.POST('/api/enterprises/duplicates', { body: input, signal });
}
