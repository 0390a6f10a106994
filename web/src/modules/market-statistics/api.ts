import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type MarketStatistics = ResponseOf<'/api/market/statistics', 'get'>;
export interface MonthRange {
  from?: string;
  to?: string;
}

/** The market's figures for a range of months (the last twelve by default), in the current language. */
export function useMarketStatistics(range: MonthRange) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['market-statistics', language, range],
    queryFn: () => api.GET('/api/market/statistics', { params: { query: range } }),
    placeholderData: keepPreviousData,
  });
}
