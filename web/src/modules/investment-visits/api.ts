import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export type VisitPage = ResponseOf<'/api/visits', 'get'>;
export type VisitSummary = VisitPage['items'][number];
export type Visit = ResponseOf<'/api/visits/{id}', 'get'>;
export type NextStep = Visit['nextSteps'][number];
export type ConcernTag = VisitSummary['concerns'][number]['tag'];
export type CreateVisitBody = BodyOf<'/api/visits', 'post'>;
export type UpdateVisitBody = BodyOf<'/api/visits/{id}', 'patch'>;
export type TripPage = ResponseOf<'/api/visits/trips', 'get'>;
export type Trip = TripPage['items'][number];
export type TripReport = ResponseOf<'/api/visits/trips/{id}/report', 'get'>;
export type MonthlyActivity = ResponseOf<'/api/visits/activity', 'get'>;
export type VisitHome = ResponseOf<'/api/visits/home', 'get'>;

/** The fixed list of concern tags, in the order they are shown and counted. */
export const concernTags: readonly ConcernTag[] = ['supply-chain', 'talent', 'land', 'policy', 'financing', 'approvals', 'other'];

export const concernColors: Record<ConcernTag, string> = {
  'supply-chain': 'volcano',
  talent: 'blue',
  land: 'gold',
  policy: 'green',
  financing: 'purple',
  approvals: 'magenta',
  other: 'default',
};

export interface VisitListParams {
  teamId?: string;
  officerId?: string;
  month?: string;
  concern?: ConcernTag;
  enterpriseId?: string;
  tripId?: string;
  page: number;
  pageSize: number;
}

/** Today in China, as the server counts days. */
export const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
export const chinaThisMonth = () => chinaToday().slice(0, 7);

export const visitKeys = {
  all: ['visits'] as const,
  list: (params: VisitListParams) => ['visits', 'list', params] as const,
  one: (id: string) => ['visits', 'one', id] as const,
  home: ['visits', 'home'] as const,
  staff: ['visits', 'staff'] as const,
  trips: (page: number) => ['visits', 'trips', page] as const,
  report: (id: string) => ['visits', 'report', id] as const,
  activity: (month: string, teamId?: string) => ['visits', 'activity', month, teamId] as const,
};

export function useVisits(params: VisitListParams) {
  return useQuery({
    queryKey: visitKeys.list(params),
    queryFn: ({ signal }) => api.GET('/api/visits', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useVisit(id: string) {
  return useQuery({ queryKey: visitKeys.one(id), queryFn: ({ signal }) => api.GET('/api/visits/{id}', { params: { path: { id } }, signal }) });
}

export function useVisitHome() {
  return useQuery({ queryKey: visitKeys.home, queryFn: ({ signal }) => api.GET('/api/visits/home', { signal }) });
}

export function useStaff(enabled = true) {
  return useQuery({ queryKey: visitKeys.staff, queryFn: ({ signal }) => api.GET('/api/visits/staff', { signal }), enabled, staleTime: 300_000 });
}

export function useTrips(page: number) {
  return useQuery({
    queryKey: visitKeys.trips(page),
    queryFn: ({ signal }) => api.GET('/api/visits/trips', { params: { query: { page, pageSize: 20 } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTripReport(id: string) {
  return useQuery({ queryKey: visitKeys.report(id), queryFn: ({ signal }) => api.GET('/api/visits/trips/{id}/report', { params: { path: { id } }, signal }) });
}

export function useActivity(month: string, teamId?: string) {
  return useQuery({
    queryKey: visitKeys.activity(month, teamId),
    queryFn: ({ signal }) => api.GET('/api/visits/activity', { params: { query: { month, teamId } }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The teams to filter by: every active one the caller may read. */
export function useTeamOptions() {
  return useQuery({
    queryKey: ['visits', 'teams'],
    queryFn: ({ signal }) => api.GET('/api/teams', { params: { query: { includeArchived: 'false' } }, signal }),
    staleTime: 300_000,
  });
}

/** After a write: every list, card, report and open visit loads again. */
export function useRefreshVisits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: visitKeys.all });
}
