import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export type ListingMatch = ResponseOf<'/api/market/demands/{id}/matches', 'get'>['items'][number];
export type DemandMatch = ResponseOf<'/api/market/listings/{id}/matches', 'get'>['items'][number];
export type MatchReason = ListingMatch['reasons'][number];
/** A demand as it is being written: the demand form's fields, any of them still empty. */
export type DemandDraft = BodyOf<'/api/market/match-preview', 'post'>;

/** Results the panels ask for; the server's default. */
export const PANEL_TOP = 20;

const keys = {
  listingsFor: (demandId: string, language: string, top: number) => ['market-matching', 'listings-for', demandId, language, top] as const,
  demandsFor: (listingId: string, language: string, top: number) => ['market-matching', 'demands-for', listingId, language, top] as const,
  preview: (draft: DemandDraft, language: string) => ['market-matching', 'preview', language, draft] as const,
};

export function useListingsForDemand(demandId: string, top = PANEL_TOP) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: keys.listingsFor(demandId, language, top),
    queryFn: ({ signal }) => api.GET('/api/market/demands/{id}/matches', { params: { path: { id: demandId }, query: { top } }, signal }),
  });
}

export function useDemandsForListing(listingId: string, top = PANEL_TOP) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: keys.demandsFor(listingId, language, top),
    queryFn: ({ signal }) => api.GET('/api/market/listings/{id}/matches', { params: { path: { id: listingId }, query: { top } }, signal }),
  });
}

/** Whether a draft has words to match yet. */
export const hasWords = (draft: DemandDraft) => Boolean(draft.title?.trim() || draft.summary?.trim() || draft.targets?.trim());

/** The matches of a draft; the previous answer stays on screen while the next is asked, so the list does not flicker. */
export function useMatchPreview(draft: DemandDraft) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: keys.preview(draft, language),
    queryFn: ({ signal }) => api.POST('/api/market/match-preview', { body: draft, signal }),
    enabled: hasWords(draft),
    placeholderData: keepPreviousData,
  });
}

/** The caller's own published demands (an enterprise or investor user's organisation), for the home card. */
export function useMyOpenDemands(enterpriseId: string | null) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['market-matching', 'my-open-demands', enterpriseId, language],
    queryFn: ({ signal }) =>
      api.GET('/api/market/demands', { params: { query: { ownerId: enterpriseId!, state: 'published', pageSize: 5 } }, signal }),
    enabled: enterpriseId !== null,
  });
}
