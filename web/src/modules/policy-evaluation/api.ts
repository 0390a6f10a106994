import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { ResponseOf } from '../../api/types.ts';

export type EvaluationReport = ResponseOf<'/api/reports/policies', 'get'>;
export type PolicyEvaluation = EvaluationReport['items'][number];
export type EvaluationFigures = PolicyEvaluation['figures'];
export type EvaluationEnterprises = ResponseOf<'/api/reports/policies/enterprises', 'get'>;
export type EvaluationFigure = paths['/api/reports/policies/enterprises']['get']['parameters']['query']['figure'];
export type PolicyLevel = PolicyEvaluation['level'];

/** The steps counted, in the order of the funnel. */
export const evaluationFigures = ['eligible', 'possible', 'notified', 'applied', 'approved', 'paid'] as const satisfies readonly EvaluationFigure[];
export const policyLevels = ['national', 'province', 'city', 'district'] as const satisfies readonly PolicyLevel[];

export function usePolicyEvaluation(params: { level?: PolicyLevel; page: number; pageSize: number }) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['policy-evaluation', language, params],
    queryFn: ({ signal }) => api.GET('/api/reports/policies', { params: { query: params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export interface FigureParams {
  figure: EvaluationFigure;
  policyId?: string;
  itemId?: string;
  level?: PolicyLevel;
}

export function useEvaluationEnterprises(params: FigureParams & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['policy-evaluation', 'enterprises', params],
    queryFn: ({ signal }) => api.GET('/api/reports/policies/enterprises', { params: { query: params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The enterprises behind one figure: a policy's, an item's, or the total of a level's policies. */
export const figureLink = (params: FigureParams) =>
  `/reports/policies/enterprises?${new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))}`;
