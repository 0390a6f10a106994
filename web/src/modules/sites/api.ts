import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export type SitePage = ResponseOf<'/api/sites', 'get'>;
export type SiteSummary = SitePage['items'][number];
export type Site = ResponseOf<'/api/sites/{id}', 'get'>;
export type SiteKind = Site['kind'];
export type SiteTree = ResponseOf<'/api/sites/{id}/tree', 'get'>;
export type TreeUnit = SiteTree['buildings'][number]['floors'][number]['units'][number];
export type UnitState = TreeUnit['state'];
export type UnitUse = TreeUnit['use'];
export type Unit = ResponseOf<'/api/sites/units/{id}', 'get'>;
export type Lease = Unit['leases'][number];
export type LeaseState = Lease['state'];
export type LeaseAction = Lease['actions'][number];
export type LeasePage = ResponseOf<'/api/sites/{id}/leases', 'get'>;
export type SiteBody = BodyOf<'/api/sites', 'post'>;
export type AddUnitsBody = BodyOf<'/api/sites/buildings/{id}/units', 'post'>;

export const siteKinds: readonly SiteKind[] = ['park', 'building-complex', 'expo-centre', 'incubator', 'other'];
export const unitUses: readonly UnitUse[] = ['office', 'retail', 'industrial', 'showroom', 'storage', 'other'];
export const leaseStates: readonly LeaseState[] = ['intent', 'signed', 'fitting-out', 'open', 'cancelled', 'ended'];
export const unitStates: readonly UnitState[] = ['vacant', 'intent', 'signed', 'fitting-out', 'open'];

/** One colour per state, for the unit grid, its legend and the tags. */
export const stateColors: Record<LeaseState | UnitState, string> = {
  vacant: '#d9d9d9',
  intent: '#faad14',
  signed: '#1677ff',
  'fitting-out': '#722ed1',
  open: '#52c41a',
  cancelled: '#bfbfbf',
  ended: '#8c8c8c',
};

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export const siteKeys = {
  all: ['sites'] as const,
  list: (params: { q?: string; page: number }, language: string) => ['sites', 'list', language, params] as const,
  one: (id: string, language: string) => ['sites', 'one', language, id] as const,
  tree: (id: string) => ['sites', 'tree', id] as const,
  occupancy: (id: string) => ['sites', 'occupancy', id] as const,
  leases: (id: string, params: { state?: LeaseState; page: number }) => ['sites', 'leases', id, params] as const,
  unit: (id: string) => ['sites', 'unit', id] as const,
};

export function useSites(params: { q?: string; page: number }) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: siteKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/sites', { params: { query: { ...params, pageSize: 20 } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSite(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: siteKeys.one(id, language), queryFn: ({ signal }) => api.GET('/api/sites/{id}', { params: { path: { id } }, signal }) });
}

export function useSiteTree(id: string) {
  return useQuery({ queryKey: siteKeys.tree(id), queryFn: ({ signal }) => api.GET('/api/sites/{id}/tree', { params: { path: { id } }, signal }) });
}

export function useOccupancy(id: string) {
  return useQuery({ queryKey: siteKeys.occupancy(id), queryFn: ({ signal }) => api.GET('/api/sites/{id}/occupancy', { params: { path: { id }, query: {} }, signal }) });
}

export function useLeases(id: string, params: { state?: LeaseState; page: number }) {
  return useQuery({
    queryKey: siteKeys.leases(id, params),
    queryFn: ({ signal }) => api.GET('/api/sites/{id}/leases', { params: { path: { id }, query: { ...params, pageSize: 10 } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUnit(id: string | null) {
  return useQuery({
    queryKey: siteKeys.unit(id ?? ''),
    queryFn: ({ signal }) => api.GET('/api/sites/units/{id}', { params: { path: { id: id! } }, signal }),
    enabled: id !== null,
  });
}

/** After a write: every site, tree, series, lease list and unit loads again. */
export function useRefreshSites() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: siteKeys.all });
}
