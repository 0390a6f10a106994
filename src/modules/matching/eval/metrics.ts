/** Graded judgements of one query: document id → grade (0 = irrelevant, 3 = best). */
export type Grades = ReadonlyMap<string, number>;

export const CUTOFF = 10;
/** Recall and MRR count only documents of at least this grade ("relevant"); nDCG uses every grade. */
export const RELEVANT_GRADE = 2;

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => Math.log2(rank + 1);

/** nDCG@10 with gains 2^grade − 1; the ideal ranking orders the judged documents by grade. */
export function ndcgAt10(ranked: readonly string[], grades: Grades): number {
  let dcg = 0;
  ranked.slice(0, CUTOFF).forEach((id, index) => {
    dcg += gain(grades.get(id) ?? 0) / discount(index + 1);
  });
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, CUTOFF);
  const idcg = ideal.reduce((sum, grade, index) => sum + gain(grade) / discount(index + 1), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

const relevantCount = (grades: Grades) => [...grades.values()].filter((grade) => grade >= RELEVANT_GRADE).length;

/** Share of the relevant documents (grade ≥ 2) found in the first 10. */
export function recallAt10(ranked: readonly string[], grades: Grades): number {
  const relevant = relevantCount(grades);
  if (relevant === 0) return 0;
  const found = ranked.slice(0, CUTOFF).filter((id) => (grades.get(id) ?? 0) >= RELEVANT_GRADE).length;
  return found / relevant;
}

/** 1 / rank of the first relevant document (grade ≥ 2) in the ranking; 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], grades: Grades): number {
  const index = ranked.findIndex((id) => (grades.get(id) ?? 0) >= RELEVANT_GRADE);
  return index < 0 ? 0 : 1 / (index + 1);
}

export interface Metrics {
  'ndcg@10': number;
  'recall@10': number;
  mrr: number;
  /** Judged queries that were ranked (and that count in the averages). */
  queries: number;
}

/**
 * Averages over the judged queries that were ranked. nDCG averages over queries with any positive grade,
 * Recall@10 and MRR over queries with a relevant (grade ≥ 2) document: elsewhere they are undefined.
 */
export function evaluate(rankings: ReadonlyMap<string, readonly string[]>, judgements: ReadonlyMap<string, Grades>): Metrics {
  const ndcg: number[] = [];
  const recall: number[] = [];
  const rr: number[] = [];
  let queries = 0;
  for (const [query, grades] of judgements) {
    const ranked = rankings.get(query);
    if (!ranked) continue;
    queries += 1;
    if ([...grades.values()].some((grade) => grade > 0)) ndcg.push(ndcgAt10(ranked, grades));
    if (relevantCount(grades) > 0) {
      recall.push(recallAt10(ranked, grades));
      rr.push(reciprocalRank(ranked, grades));
    }
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  return { 'ndcg@10': mean(ndcg), 'recall@10': mean(recall), mrr: mean(rr), queries };
}
