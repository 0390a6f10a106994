import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';
import { projectsTableLink, type ProjectFilterParams } from '../investment-projects/api.ts';

export type FunnelReport = ResponseOf<'/api/reports/investment/funnel', 'get'>;
export type SignedReport = ResponseOf<'/api/reports/investment/signed', 'get'>;
export type OccupancyReport = ResponseOf<'/api/reports/investment/occupancy', 'get'>;
export type EventLandingReport = ResponseOf<'/api/reports/investment/events', 'get'>;

/** The period (Beijing days; this year when absent) and the filters every figure of the page is read with. */
export interface ReportParams {
  from?: string;
  to?: string;
  teamId?: string;
  regionCode?: string;
  sector?: string;
  verifiedOnly?: 'true';
}

const reportKey = (name: string, language: string, params: ReportParams) => ['investment-reports', name, language, params] as const;

const reportPaths = {
  funnel: '/api/reports/investment/funnel',
  signed: '/api/reports/investment/signed',
  occupancy: '/api/reports/investment/occupancy',
  events: '/api/reports/investment/events',
} as const;
type ReportName = keyof typeof reportPaths;

/** One table of the report, read with the page's period and filters, in the reader's language. */
function useReport<Name extends ReportName>(name: Name, params: ReportParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: reportKey(name, language, params),
    // Every report route takes the same query (the server's reportQuery), so one route's parameters type them all.
    queryFn: ({ signal }) =>
      api.GET(reportPaths[name] as typeof reportPaths.funnel, { params: { query: { ...params } }, signal }) as unknown as Promise<ResponseOf<(typeof reportPaths)[Name], 'get'>>,
    placeholderData: keepPreviousData,
  });
}

export const useFunnelReport = (params: ReportParams) => useReport('funnel', params);
export const useSignedReport = (params: ReportParams) => useReport('signed', params);
export const useOccupancyReport = (params: ReportParams) => useReport('occupancy', params);
export const useEventLandingReport = (params: ReportParams) => useReport('events', params);

/** The projects list behind a figure: the page's filters and the figure's own (its stage, period, group). */
export function figureLink(params: ReportParams, figure: ProjectFilterParams): string {
  const { teamId, regionCode, sector } = params;
  return projectsTableLink({ teamId, regionCode, sector, ...figure });
}

/** The days of a month within the period, for the list behind a month's figure. */
export function monthWithin(month: string, period: { from: string; to: string }): { signedFrom: string; signedTo: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
  const first = `${month}-01`;
  return { signedFrom: first < period.from ? period.from : first, signedTo: last > period.to ? period.to : last };
}
