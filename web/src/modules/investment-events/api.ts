import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { eventKinds, type EventKind } from '../../../../src/modules/investment-events/event-kinds.ts';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export { eventKinds, type EventKind };

export type EventPage = ResponseOf<'/api/events', 'get'>;
export type EventSummary = EventPage['items'][number];
export type EventDetail = ResponseOf<'/api/events/{id}', 'get'>;
export type EventBody = BodyOf<'/api/events', 'post'>;
export type LandingStep = EventDetail['landing']['registered'];

export interface EventListParams {
  year?: number;
  kind?: EventKind;
  q?: string;
  page: number;
  pageSize: number;
}

export const eventKeys = {
  all: ['events'] as const,
  list: (params: EventListParams, language: string) => ['events', 'list', language, params] as const,
  one: (id: string, language: string) => ['events', 'one', language, id] as const,
};

export function useEvents(params: EventListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: eventKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/events', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One event with its signings and tracker; not read while `enabled` is false. */
export function useEvent(id: string, enabled = true) {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: eventKeys.one(id, language), queryFn: ({ signal }) => api.GET('/api/events/{id}', { params: { path: { id } }, signal }), enabled });
}

export function useRefreshEvents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: eventKeys.all });
}

/** 0.3333 → '33.3%' in the reader's conventions. */
export const formatRate = (rate: number, language: string) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
