import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { talentKinds, talentNeeds, talentStages, type TalentKind, type TalentNeed, type TalentStage } from '../../../../src/modules/investment-talent/talent-stages.ts';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export { talentKinds, talentNeeds, talentStages };
export type { TalentKind, TalentNeed, TalentStage };

export type TalentPage = ResponseOf<'/api/talent', 'get'>;
export type TalentSummary = TalentPage['items'][number];
export type Talent = ResponseOf<'/api/talent/{id}', 'get'>;
export type TalentFigures = ResponseOf<'/api/talent/figures', 'get'>;
export type CreateTalentBody = BodyOf<'/api/talent', 'post'>;

/** A move the user may ask for: intent, land, hold, terminate, or back from hold. */
export type TalentAction = 'intent' | 'land' | 'hold' | 'terminate' | 'resume-contact' | 'resume-intent';
export const talentActions: readonly TalentAction[] = ['intent', 'land', 'hold', 'resume-contact', 'resume-intent', 'terminate'];

export const talentStageColors: Record<TalentStage, string> = { contact: 'cyan', intent: 'blue', landed: 'green', onHold: 'default', ended: 'red' };

export interface TalentListParams {
  stage?: TalentStage;
  need?: TalentNeed;
  mine?: 'true';
  due?: 'true';
  q?: string;
  page: number;
  pageSize: number;
}

export const talentKeys = {
  all: ['talent'] as const,
  list: (params: TalentListParams, language: string) => ['talent', 'list', language, params] as const,
  one: (id: string, language: string) => ['talent', 'one', language, id] as const,
  figures: ['talent', 'figures'] as const,
  ofProject: (projectId: string, language: string) => ['talent', 'project', language, projectId] as const,
};

export function useTalentList(params: TalentListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: talentKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/talent', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTalent(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: talentKeys.one(id, language), queryFn: ({ signal }) => api.GET('/api/talent/{id}', { params: { path: { id } }, signal }) });
}

export function useTalentFigures() {
  return useQuery({ queryKey: talentKeys.figures, queryFn: ({ signal }) => api.GET('/api/talent/figures', { params: { query: {} }, signal }) });
}

export function useProjectTalent(projectId: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: talentKeys.ofProject(projectId, language),
    queryFn: ({ signal }) => api.GET('/api/projects/{id}/talent', { params: { path: { id: projectId } }, signal }),
  });
}

/** After a write: every list, figure and open record loads again. */
export function useRefreshTalent() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: talentKeys.all });
}
