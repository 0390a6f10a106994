import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';
import {
  editionStates,
  phaseKinds,
  roundKinds,
  roundStates,
  type EditionState,
  type PhaseKind,
  type RoundKind,
  type RoundState,
} from '../../../../src/modules/competition/competition-terms.ts';

export { editionStates, phaseKinds, roundKinds, roundStates };
export type { EditionState, PhaseKind, RoundKind, RoundState };

export type EditionPage = ResponseOf<'/api/competition/editions', 'get'>;
export type Edition = ResponseOf<'/api/competition/editions/{id}', 'get'>;
export type Track = Edition['tracks'][number];
export type Round = Edition['rounds'][number];
export type Phase = Round['phases'][number];
export type Prize = Edition['prizes'][number];

export const editionStateColors: Record<EditionState, string> = { draft: 'default', open: 'green', closed: 'red' };
export const roundStateColors: Record<RoundState, string> = { planned: 'default', open: 'blue', closed: 'green' };

/** A day field of a form: the empty input is no day. */
export const dayOrNull = (value: string | null | undefined) => value || null;

export interface EditionListParams {
  q?: string;
  state?: EditionState;
  page: number;
  pageSize: number;
}

export const competitionKeys = {
  all: ['competition'] as const,
  list: (params: EditionListParams) => ['competition', 'list', params] as const,
  one: (id: string, language: string) => ['competition', 'one', language, id] as const,
};

export function useEditions(params: EditionListParams) {
  return useQuery({
    queryKey: competitionKeys.list(params),
    queryFn: ({ signal }) => api.GET('/api/competition/editions', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEdition(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: competitionKeys.one(id, language),
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}', { params: { path: { id } }, signal }),
  });
}

/** After a write: every list and open edition loads again. */
export function useRefreshCompetition() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: competitionKeys.all });
}
