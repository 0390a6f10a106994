import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import type { ResponseOf } from '../../../api/types.ts';
import {
  entrySources,
  entryStages,
  entryStates,
  financingRounds,
  type EntrySource,
  type EntryState,
} from '../../../../../src/modules/competition/competition-terms.ts';

export { entrySources, entryStages, entryStates, financingRounds };

export type OpenEdition = ResponseOf<'/api/competition/open-editions', 'get'>[number];
export type MyEntry = ResponseOf<'/api/competition/my-entries', 'get'>[number];
export type EntrySummary = ResponseOf<'/api/competition/editions/{id}/rounds/{roundId}/entries', 'get'>['items'][number];
export type EntryDetail = ResponseOf<'/api/competition/entries/{entryId}', 'get'>;

export const entryStateColors: Record<EntryState, string> = { submitted: 'blue', eligible: 'green', ineligible: 'red', withdrawn: 'default' };

export interface RoundEntryFilters {
  trackId?: string;
  state?: EntryState;
  source?: EntrySource;
  q?: string;
  page: number;
  pageSize: number;
}

const keys = {
  open: ['competition', 'open-editions'] as const,
  mine: (language: string) => ['competition', 'my-entries', language] as const,
  round: (roundId: string, filters: RoundEntryFilters) => ['competition', 'entries', roundId, filters] as const,
  one: (entryId: string, language: string) => ['competition', 'entry', language, entryId] as const,
};

export function useOpenEditions() {
  return useQuery({ queryKey: keys.open, queryFn: ({ signal }) => api.GET('/api/competition/open-editions', { signal }) });
}

export function useMyEntries() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: keys.mine(language), queryFn: ({ signal }) => api.GET('/api/competition/my-entries', { signal }) });
}

export function useWithdrawEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => api.POST('/api/competition/my-entries/{entryId}/withdraw', { params: { path: { entryId } } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competition', 'my-entries'] }),
  });
}

export function useRoundEntries(editionId: string, roundId: string, filters: RoundEntryFilters) {
  return useQuery({
    queryKey: keys.round(roundId, filters),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/rounds/{roundId}/entries', { params: { path: { id: editionId, roundId }, query: { ...filters } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEntry(entryId: string | null) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: keys.one(entryId ?? '', language),
    queryFn: ({ signal }) => api.GET('/api/competition/entries/{entryId}', { params: { path: { entryId: entryId! } }, signal }),
    enabled: entryId !== null,
  });
}

export function useSetEligibility(entryId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { eligible: true } | { eligible: false; reasons: string[] }) =>
      api.PUT('/api/competition/entries/{entryId}/eligibility', { params: { path: { entryId } }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['competition'] }),
  });
}
