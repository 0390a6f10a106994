import type { slaOutcomes, slaOutcomeTargets } from '../service-desk/schema.ts';

// The report's arithmetic as plain functions over the rows its queries count, so that every grouping (by team,
// category or month) sums the same rows the same way and the table tests hold it.

export type SlaTarget = (typeof slaOutcomeTargets)[number];
export type SlaOutcome = (typeof slaOutcomes)[number];

export interface Attainment {
  met: number;
  breached: number;
  /** met ÷ (met + breached), to four decimals; null when no outcome was decided. */
  shareMet: number | null;
}

export type TargetAttainment = Record<SlaTarget, Attainment>;

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function attainmentOf(met: number, breached: number): Attainment {
  return { met, breached, shareMet: met + breached > 0 ? round4(met / (met + breached)) : null };
}

export const noAttainment = (): TargetAttainment => ({ response: attainmentOf(0, 0), resolution: attainmentOf(0, 0) });

/** The outcomes decided, counted per target, grouped by a key of their rows. */
export function attainmentBy<Row extends { target: SlaTarget; outcome: SlaOutcome; count: number }>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, TargetAttainment> {
  const tallies = new Map<string, Record<SlaTarget, Record<SlaOutcome, number>>>();
  for (const row of rows) {
    const key = keyOf(row);
    const tally = tallies.get(key) ?? { response: { met: 0, breached: 0 }, resolution: { met: 0, breached: 0 } };
    tally[row.target][row.outcome] += row.count;
    tallies.set(key, tally);
  }
  return new Map(
    [...tallies].map(([key, tally]) => [key, { response: attainmentOf(tally.response.met, tally.response.breached), resolution: attainmentOf(tally.resolution.met, tally.resolution.breached) }]),
  );
}

export interface RatingFigures {
  count: number;
  /** The mean rating to two decimals; null when none. */
  mean: number | null;
  /** How many rated 1, 2, 3, 4 and 5. */
  ratings: [number, number, number, number, number];
}

export const noRatings = (): RatingFigures => ({ count: 0, mean: null, ratings: [0, 0, 0, 0, 0] });

/** The ratings given (1–5), counted, averaged and distributed, grouped by a key of their rows. */
export function ratingsBy<Row extends { rating: number; count: number }>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, RatingFigures> {
  const groups = new Map<string, RatingFigures>();
  for (const row of rows) {
    const key = keyOf(row);
    const figures = groups.get(key) ?? noRatings();
    const index = row.rating - 1;
    figures.ratings[index] = (figures.ratings[index] ?? 0) + row.count;
    groups.set(key, figures);
  }
  for (const figures of groups.values()) {
    figures.count = figures.ratings.reduce((sum, count) => sum + count, 0);
    const total = figures.ratings.reduce((sum, count, index) => sum + count * (index + 1), 0);
    figures.mean = figures.count > 0 ? Math.round((total / figures.count) * 100) / 100 : null;
  }
  return groups;
}
