/**
 * The yearly indicators (年度指标) kept on the master record: what policies' conditions and amount rules compare.
 * Money in 万元, people as a headcount at the year's end.
 */
export const figureIndicators = ['revenue', 'rdSpending', 'employees', 'taxesPaid', 'outputValue'] as const;
export type FigureIndicator = (typeof figureIndicators)[number];

export const figureUnits: Readonly<Record<FigureIndicator, 'wan' | 'people'>> = {
  revenue: 'wan',
  rdSpending: 'wan',
  employees: 'people',
  taxesPaid: 'wan',
  outputValue: 'wan',
};

/** Years a figure may be given for: none before the register's oldest records, none in the future beyond next year. */
export const firstFigureYear = 2000;
