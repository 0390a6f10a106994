import { describe, expect, it } from 'vitest';
import { evaluate, ndcgAt10, recallAt10, reciprocalRank } from './metrics.ts';

const grades = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 1],
]);

describe('metrics', () => {
  it.each([
    [['a', 'b', 'c'], 1],
    [['x', 'a', 'b', 'c'], (7 / Math.log2(3) + 3 / 2 + 1 / Math.log2(5)) / (7 + 3 / Math.log2(3) + 1 / 2)],
    [['c', 'b', 'a'], (1 + 3 / Math.log2(3) + 7 / 2) / (7 + 3 / Math.log2(3) + 1 / 2)],
    [[], 0],
  ])('nDCG@10 of %j', (ranked, expected) => {
    expect(ndcgAt10(ranked, grades)).toBeCloseTo(expected, 12);
  });

  it('counts only the first ten for nDCG@10 and Recall@10', () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'a', 'b'];
    expect(ndcgAt10(ranked, grades)).toBe(0);
    expect(recallAt10(ranked, grades)).toBe(0);
    expect(reciprocalRank(ranked, grades)).toBe(1 / 11);
  });

  it.each([
    [['a', 'b'], 1, 1],
    [['c', 'b'], 0.5, 0.5],
    [['c', 'x'], 0, 0],
  ])('Recall@10 and MRR count grades 2 and 3 only: %j', (ranked, recall, rr) => {
    expect(recallAt10(ranked, grades)).toBe(recall);
    expect(reciprocalRank(ranked, grades)).toBe(rr);
  });

  it('averages over judged queries that were ranked, skipping undefined recall and MRR', () => {
    const judgements = new Map([
      ['q1', grades],
      ['q2', new Map([['z', 1]])],
      ['unranked', grades],
    ]);
    const rankings = new Map([
      ['q1', ['a', 'b', 'c']],
      ['q2', ['y', 'z']],
    ]);
    const metrics = evaluate(rankings, judgements);
    expect(metrics.queries).toBe(2);
    expect(metrics['ndcg@10']).toBeCloseTo((1 + 1 / Math.log2(3)) / 2, 12);
    expect(metrics['recall@10']).toBe(1);
    expect(metrics.mrr).toBe(1);
  });
});
