import type { TextAnalyzer } from '../../../platform/text/analyzer.ts';
import { CONCEPT_PREFIX } from '../../../platform/text/term-table.ts';
import type { FieldSpec } from './collection.ts';

export interface QueryWeighting {
  /** k3 of BM25: how fast repeated query terms stop adding weight (Infinity: never, weight = count). */
  saturation: number;
  /** Concept tags say "about the same topic", not "the same thing", so they weigh less than words. */
  conceptWeight: number;
}

/**
 * The weight of each query term: its field-weighted count in the query, saturated, and scaled down for concept
 * tags. Long demand descriptions repeat their theme words; saturation keeps them from drowning rarer terms.
 */
export function queryWeights<T>(
  analyze: TextAnalyzer,
  fields: readonly FieldSpec<T>[],
  record: T,
  { saturation, conceptWeight }: QueryWeighting,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of fields) {
    analyze(field.text(record), (term, _word, weight) => counts.set(term, (counts.get(term) ?? 0) + field.weight * weight));
  }
  const weights = new Map<string, number>();
  for (const [term, count] of counts) {
    const saturated = Number.isFinite(saturation) ? ((saturation + 1) * count) / (saturation + count) : count;
    weights.set(term, term.startsWith(CONCEPT_PREFIX) ? saturated * conceptWeight : saturated);
  }
  return weights;
}
