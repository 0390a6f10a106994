import { useQuery, useQueryClient } from '@tanstack/react-query';
import { figureIndicators, type FigureIndicator } from '../../../../../src/modules/enterprises/figure-indicators.ts';
import { api } from '../../../app/api.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { enterpriseKeys } from '../api.ts';

export { figureIndicators, type FigureIndicator };

export type EnterpriseFigures = ResponseOf<'/api/enterprises/{id}/figures', 'get'>;
export type YearFigures = EnterpriseFigures['items'][number];
export type Figure = NonNullable<YearFigures['figures'][FigureIndicator]>;

export const figureKeys = {
  all: ['enterprise-figures'] as const,
  of: (enterpriseId: string) => ['enterprise-figures', enterpriseId] as const,
};

export function useEnterpriseFigures(enterpriseId: string) {
  return useQuery({
    queryKey: figureKeys.of(enterpriseId),
    queryFn: ({ signal }) => api.GET('/api/enterprises/{id}/figures', { params: { path: { id: enterpriseId } }, signal }),
  });
}

/** A self-reported figure no member of staff has checked yet. */
export const awaitsVerification = (figure: Figure | null): boolean => Boolean(figure?.selfReported && !figure.verifiedAt);

/** After a write: the figures and the enterprise's timeline, which shows the change, load again. */
export function useRefreshFigures() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: figureKeys.all }), queryClient.invalidateQueries({ queryKey: [...enterpriseKeys.all, 'timeline'] })]);
}
