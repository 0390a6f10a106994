import type { DbOrTx } from '../db/connection.ts';

/**
 * Something a team's yearly target can be set on, declared by the module that counts it (visits by the visits
 * module, signed amounts by the projects module): the platform stores the targets and asks the module for the
 * progress, knowing no module.
 */
export interface TeamMeasure {
  /** Stable, stored with each target: 'visits', 'signedAmountWan'. */
  key: string;
  /** A message key naming the measure in the reader's language. */
  label: string;
  /** How its figures read: a count, or an amount in 万元. */
  unit: 'count' | 'wan';
  /** The progress of each of these teams in a calendar year (Beijing), every team given answered (0 for none). */
  progress: (db: DbOrTx, query: { teamIds: readonly string[]; year: number }) => Promise<Map<string, number>>;
}

/** The measures of a composition by key; a key declared twice is a mistake of the composition. */
export function teamMeasureTableOf(measures: readonly TeamMeasure[]): ReadonlyMap<string, TeamMeasure> {
  const table = new Map<string, TeamMeasure>();
  for (const measure of measures) {
    if (table.has(measure.key)) throw new Error(`team measure ${measure.key} is declared twice`);
    table.set(measure.key, measure);
  }
  return table;
}
