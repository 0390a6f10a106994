import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type IntroductionPage = ResponseOf<'/api/market/introductions', 'get'>;
export type IntroductionSummary = IntroductionPage['items'][number];
export type Introduction = ResponseOf<'/api/market/introductions/{id}', 'get'>;
export type IntroductionState = IntroductionSummary['state'];
export type DeclineReason = NonNullable<IntroductionSummary['declineReason']>;
export type DealPage = ResponseOf<'/api/market/deals', 'get'>;
export type DealSummary = DealPage['items'][number];
export type Deal = ResponseOf<'/api/market/deals/{id}', 'get'>;
export type DealState = Deal['state'];

export const declineReasons: readonly DeclineReason[] = ['stage-too-early', 'price', 'benefit-unclear', 'already-solved', 'other'];
/** The stages in their order; `closed` ends a deal from any of the first four. */
export const dealStages: readonly DealState[] = ['intent', 'negotiation', 'signed', 'registered', 'completed'];
export const dealStates: readonly DealState[] = [...dealStages, 'closed'];
export const introductionStates: readonly IntroductionState[] = ['requested', 'accepted', 'declined'];

export const introductionColors: Record<IntroductionState, string> = { requested: 'orange', accepted: 'green', declined: 'default' };
export const dealColors: Record<DealState, string> = {
  intent: 'blue',
  negotiation: 'geekblue',
  signed: 'cyan',
  registered: 'purple',
  completed: 'green',
  closed: 'default',
};

export interface IntroductionListParams {
  state?: IntroductionState;
  awaitingMe?: boolean;
  listingId?: string;
  page: number;
  pageSize: number;
}

export interface DealListParams {
  state?: DealState;
  page: number;
  pageSize: number;
}

export const dealKeys = {
  all: ['market-deals'] as const,
  introductions: (params: IntroductionListParams) => ['market-deals', 'introductions', params] as const,
  introduction: (id: string, language: string) => ['market-deals', 'introduction', language, id] as const,
  deals: (params: DealListParams) => ['market-deals', 'deals', params] as const,
  deal: (id: string, language: string) => ['market-deals', 'deal', language, id] as const,
  funnel: (listingId: string) => ['market-deals', 'funnel', listingId] as const,
};

export function useIntroductions(params: IntroductionListParams, enabled = true) {
  return useQuery({
    enabled,
    queryKey: dealKeys.introductions(params),
    queryFn: ({ signal }) =>
      api.GET('/api/market/introductions', {
        params: { query: { page: params.page, pageSize: params.pageSize, state: params.state, listingId: params.listingId, awaitingMe: params.awaitingMe ? 'true' : 'false' } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useIntroduction(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: dealKeys.introduction(id, language),
    queryFn: ({ signal }) => api.GET('/api/market/introductions/{id}', { params: { path: { id } }, signal }),
  });
}

export function useDeals(params: DealListParams, enabled = true) {
  return useQuery({
    enabled,
    queryKey: dealKeys.deals(params),
    queryFn: ({ signal }) => api.GET('/api/market/deals', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: dealKeys.deal(id, language),
    queryFn: ({ signal }) => api.GET('/api/market/deals/{id}', { params: { path: { id } }, signal }),
  });
}

/** After a write: every list, introduction and deal loads again. */
export function useRefreshDeals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: dealKeys.all });
}

/** A listing's funnel (views to contract amount); only its owner and the operators may ask. */
export function useListingFunnel(listingId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: dealKeys.funnel(listingId),
    queryFn: ({ signal }) => api.GET('/api/market/listings/{id}/funnel', { params: { path: { id: listingId } }, signal }),
  });
}

export type BrokerQueue = ResponseOf<'/api/market/broker-queue', 'get'>;
export type ListingFunnelPage = ResponseOf<'/api/market/funnels', 'get'>;

/** The operator's queue: introductions waiting for an owner, and deals quiet for too long. */
export function useBrokerQueue() {
  return useQuery({
    queryKey: [...dealKeys.all, 'broker-queue'],
    queryFn: ({ signal }) => api.GET('/api/market/broker-queue', { signal }),
  });
}

/** A page of the organisation's listings, each with its funnel. */
export function useMyListingFunnels(page: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...dealKeys.all, 'my-funnels', page],
    queryFn: ({ signal }) => api.GET('/api/market/funnels', { params: { query: page }, signal }),
  });
}
