import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { ResponseOf } from '../../api/types.ts';

export type CalendarYear = ResponseOf<'/api/calendar/years', 'get'>[number];

const calendarKeys = { years: ['calendar', 'years'] as const };

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: ({ signal }) => api.GET('/api/calendar/years', { signal }) });
}

export function useRefreshCalendarYears() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: calendarKeys.years });
}
