import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type SlaAttainmentReport = ResponseOf<'/api/reports/service-desk/sla', 'get'>;
export type CreatedResolvedReport = ResponseOf<'/api/reports/service-desk/created-resolved', 'get'>;
export type BacklogReport = ResponseOf<'/api/reports/service-desk/backlog', 'get'>;
export type SatisfactionReport = ResponseOf<'/api/reports/service-desk/satisfaction', 'get'>;
export type FigureRequestsPage = ResponseOf<'/api/reports/service-desk/requests', 'get'>;
export type BacklogAge = keyof BacklogReport['total']['ages'];

export const backlogAges = ['underDay', 'days1to3', 'days3to7', 'days7to30', 'over30'] as const satisfies readonly BacklogAge[];

/** The months (China; the twelve up to this one when absent) and the filters every figure is read with. */
export interface ReportParams {
  from?: string;
  to?: string;
  /** A team's id, or 'none' for the requests routed to no team. */
  teamId?: string;
  categoryCode?: string;
}

export const reportParamNames = ['from', 'to', 'teamId', 'categoryCode'] as const satisfies readonly (keyof ReportParams)[];

/** What a figure counts, on top of the page's months and filters; its own team or month replaces the page's. */
export interface FigureParams extends ReportParams {
  figure: 'created' | 'resolved' | 'open' | 'rated' | 'sla';
  age?: BacklogAge;
  rating?: string;
  target?: 'response' | 'resolution';
  outcome?: 'met' | 'breached';
}

const reportPaths = {
  sla: '/api/reports/service-desk/sla',
  createdResolved: '/api/reports/service-desk/created-resolved',
  backlog: '/api/reports/service-desk/backlog',
  satisfaction: '/api/reports/service-desk/satisfaction',
} as const;
type ReportName = keyof typeof reportPaths;

/** One figure of the report, read with the page's months and filters, in the reader's language. */
function useReport<Name extends ReportName>(name: Name, params: ReportParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['service-desk-reports', name, language, params],
    // Every figure's route takes the same query (the server's deskReportQuery), so one route's parameters type them all.
    queryFn: ({ signal }) =>
      api.GET(reportPaths[name] as typeof reportPaths.backlog, { params: { query: { ...params } }, signal }) as unknown as Promise<ResponseOf<(typeof reportPaths)[Name], 'get'>>,
    placeholderData: keepPreviousData,
  });
}

export const useSlaAttainmentReport = (params: ReportParams) => useReport('sla', params);
export const useCreatedResolvedReport = (params: ReportParams) => useReport('createdResolved', params);
export const useBacklogReport = (params: ReportParams) => useReport('backlog', params);
export const useSatisfactionReport = (params: ReportParams) => useReport('satisfaction', params);

/** A page of the requests behind a figure. */
export function useFigureRequests(params: FigureParams & { page: number; pageSize: number }) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['service-desk-reports', 'requests', language, params],
    queryFn: ({ signal }) => api.GET('/api/reports/service-desk/requests', { params: { query: { ...params, rating: params.rating ? Number(params.rating) : undefined } }, signal }),
    placeholderData: keepPreviousData,
  });
}

const withoutEmpty = (params: object) => Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');

/** The report's own address with its months and filters, so that a figure's list leads back to the same report. */
export const reportLink = (params: ReportParams) => `/reports/service-desk?${new URLSearchParams(withoutEmpty(params))}`;

/** The list of the requests behind a figure: the page's months and filters, then the figure's own. */
export const figureLink = (params: ReportParams, figure: FigureParams) => `/reports/service-desk/requests?${new URLSearchParams(withoutEmpty({ ...params, ...figure }))}`;

/** The params of an address's query, those of the report and of a figure alike. */
export function paramsOf<Names extends string>(search: URLSearchParams, names: readonly Names[]): Partial<Record<Names, string>> {
  return Object.fromEntries(names.flatMap((name) => (search.get(name) ? [[name, search.get(name)!]] : []))) as Partial<Record<Names, string>>;
}
