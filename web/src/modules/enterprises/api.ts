import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../app/api.ts';
import type { EnterpriseListParams } from './list-params.ts';

export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof sizeClasses)[number];

export interface Tag {
  id: string;
  name: string;
  color: string;
}

export interface CodeName {
  code: string;
  name: string;
}

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: boolean;
}

export interface Enterprise {
  id: string;
  name: string;
  formerNames: string[];
  creditCode: string | null;
  industryCode: string | null;
  industryName: string | null;
  industryPath: CodeName[];
  regionCode: string | null;
  regionPath: CodeName[];
  address: string | null;
  registeredCapitalWan: number | null;
  foundedOn: string | null;
  sizeClass: SizeClass | null;
  contacts: Contact[];
  tags: Tag[];
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseListItem {
  id: string;
  name: string;
  creditCode: string | null;
  industryCode: string | null;
  industryName: string | null;
  regionCode: string | null;
  regionName: string | null;
  sizeClass: SizeClass | null;
  registeredCapitalWan: number | null;
  foundedOn: string | null;
  tags: Tag[];
  updatedAt: string;
}

export interface EnterpriseInput {
  name: string;
  formerNames?: string[];
  creditCode?: string | null;
  industryCode?: string | null;
  regionCode?: string | null;
  address?: string | null;
  registeredCapitalWan?: number | null;
  foundedOn?: string | null;
  sizeClass?: SizeClass | null;
  /** The whole list; an existing contact keeps its id (and what links to it). */
  contacts?: (Omit<Contact, 'id'> & { id?: string })[];
  tagIds?: string[];
  confirmDuplicate?: boolean;
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  creditCode: string | null;
  reason: 'creditCode' | 'name';
}

export interface IndustryNode {
  code: string;
  name: string;
  level: number;
  children?: IndustryNode[];
}

export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

export interface TimelineEntry {
  at: string;
  kind: string;
  title: string;
  actorName: string | null;
  details: unknown;
}

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
    queryFn: ({ signal }) => api<Page<EnterpriseListItem>>('/api/enterprises', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useEnterprise(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: enterpriseKeys.one(id),
    queryFn: ({ signal }) => api<Enterprise>(`/api/enterprises/${encodeURIComponent(id)}`, { signal }),
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
  return useQuery({ queryKey: ['industries', 'tree', language], queryFn: () => api<IndustryNode[]>('/api/industries/tree'), ...referenceData });
}

/** The industries the server finds for a search (code, name or note, in either script), with their paths. */
export function useIndustrySearch(query: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ['industries', 'search', language, query],
    queryFn: ({ signal }) =>
      api<{ code: string; path: { code: string }[] }[]>(`/api/industries?q=${encodeURIComponent(query)}`, { signal }),
    enabled: query.trim().length > 0,
    placeholderData: keepPreviousData,
    ...referenceData,
  });
}

export function useRegionTree() {
  const language = useLanguage();
  return useQuery({ queryKey: ['regions', 'tree', language], queryFn: () => api<RegionNode[]>('/api/regions/tree'), ...referenceData });
}

export const tagsKey = ['tags'] as const;

export function useTags() {
  return useQuery({ queryKey: tagsKey, queryFn: () => api<Tag[]>('/api/tags') });
}

export function findDuplicates(input: { name: string; creditCode?: string; excludeId?: string }, signal?: AbortSignal) {
  return api<{ candidates: DuplicateCandidate[] }>('/api/enterprises/duplicates', { method: 'POST', body: input, signal });
}
