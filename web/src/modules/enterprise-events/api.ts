import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  enterpriseEventKinds,
  enterpriseEventStates,
  participantStatuses,
  type EnterpriseEventKind,
  type EnterpriseEventState,
  type ParticipantStatus,
} from '../../../../src/modules/enterprise-events/event-kinds.ts';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export { enterpriseEventKinds, enterpriseEventStates, participantStatuses, type EnterpriseEventKind, type EnterpriseEventState, type ParticipantStatus };

export type EnterpriseEventSummary = ResponseOf<'/api/enterprise-events', 'get'>['items'][number];
export type EnterpriseEventDetail = ResponseOf<'/api/enterprise-events/{id}', 'get'>;
export type EnterpriseEventBody = BodyOf<'/api/enterprise-events', 'post'>;
export type MyEvent = ResponseOf<'/api/enterprise-events/mine', 'get'>['items'][number];

export interface EnterpriseEventListParams {
  kind?: EnterpriseEventKind;
  state?: EnterpriseEventState;
  q?: string;
  page: number;
  pageSize: number;
}

const keys = {
  all: ['enterprise-events'] as const,
  list: (params: EnterpriseEventListParams) => ['enterprise-events', 'list', params] as const,
  one: (id: string) => ['enterprise-events', 'one', id] as const,
  mine: ['enterprise-events', 'mine'] as const,
  owners: ['enterprise-events', 'owners'] as const,
  myFollowUps: ['enterprise-events', 'my-follow-ups'] as const,
};

export function useEnterpriseEvents(params: EnterpriseEventListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: ({ signal }) => api.GET('/api/enterprise-events', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseEvent(id: string) {
  return useQuery({ queryKey: keys.one(id), queryFn: ({ signal }) => api.GET('/api/enterprise-events/{id}', { params: { path: { id } }, signal }) });
}

export function useMyEvents() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: [...keys.mine, language], queryFn: ({ signal }) => api.GET('/api/enterprise-events/mine', { signal }) });
}

export function useFollowUpOwners(enabled: boolean) {
  return useQuery({ queryKey: keys.owners, queryFn: ({ signal }) => api.GET('/api/enterprise-events/follow-up-owners', { signal }), enabled, staleTime: 300_000 });
}

export function useMyFollowUps() {
  return useQuery({ queryKey: keys.myFollowUps, queryFn: ({ signal }) => api.GET('/api/enterprise-events/follow-ups/mine', { signal }) });
}

/** After a write: every list, event and invitation loads again. */
export function useRefreshEnterpriseEvents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

/** The event's days: one, or first – last. */
export const eventDays = (event: { startsOn: string; endsOn: string | null }) => (event.endsOn && event.endsOn !== event.startsOn ? `${event.startsOn} – ${event.endsOn}` : event.startsOn);

export const stateColours: Record<EnterpriseEventState, string> = { draft: 'default', open: 'green', closed: 'orange', done: 'blue' };
export const statusColours: Record<ParticipantStatus, string> = { invited: 'default', registered: 'blue', attended: 'green', absent: 'red', declined: 'default' };
