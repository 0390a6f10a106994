import { describe, expect, it } from 'vitest';
import { InvertedIndex } from './inverted-index.ts';
import { searchExhaustive, searchTopK, type ScoreFactor, type WeightedTerm } from './top-k.ts';
import { seededRandom as random } from '../../../server/seeded-random.ts';

/** A term drawn with Zipf-like frequencies: a few very common terms, a long tail of rare ones. */
function zipfTerm(next: () => number, vocabulary: number): string {
  return `t${Math.floor(vocabulary ** next()) - 1}`;
}

interface Corpus {
  index: InvertedIndex;
  next: () => number;
  vocabulary: number;
}

function buildCorpus(seed: number, documents: number, vocabulary: number): Corpus {
  const next = random(seed);
  const index = new InvertedIndex({ k1: 1.2, b: 0.75 });
  const added: Array<Map<string, number>> = [];
  for (let i = 0; i < documents; i += 1) {
    // Some documents repeat an earlier one exactly, so that equal scores (ties) occur.
    const earlier = added.length > 0 && next() < 0.05 ? added[Math.floor(next() * added.length)] : undefined;
    const terms = earlier ?? new Map<string, number>();
    if (!earlier) {
      const length = 5 + Math.floor(next() * 60);
      for (let j = 0; j < length; j += 1) {
        const term = zipfTerm(next, vocabulary);
        terms.set(term, (terms.get(term) ?? 0) + [1, 1, 2, 3][Math.floor(next() * 4)]!);
      }
    }
    added.push(terms);
    index.add({
      termIds: [...terms.keys()].map((term) => index.termIdFor(term)),
      frequencies: [...terms.values()],
      length: [...terms.values()].reduce((a, b) => a + b, 0),
    });
  }
  // Removing about 6% keeps tombstones in the lists (compaction starts at 10%).
  for (let i = 0; i < documents * 0.06; i += 1) index.remove(Math.floor(next() * documents));
  return { index, next, vocabulary };
}

function randomQuery({ index, next, vocabulary }: Corpus): WeightedTerm[] {
  const terms: WeightedTerm[] = [];
  const seen = new Set<string>();
  const count = 1 + Math.floor(next() * 40);
  for (let i = 0; i < count; i += 1) {
    const term = zipfTerm(next, vocabulary);
    const id = index.termId(term);
    if (id === undefined || seen.has(term)) continue;
    seen.add(term);
    terms.push({ list: index.postings[id]!, weight: index.idf(id) * (0.3 + next() * 2) });
  }
  return terms;
}

function randomFactor({ index, next }: Corpus): ScoreFactor {
  const factors = Float64Array.from({ length: index.documentCount }, () => [0.6, 0.85, 1, 1.1, 1.25, 1.5][Math.floor(next() * 6)]!);
  return { of: (doc) => factors[doc]!, max: Math.max(...factors) };
}

describe('pruned top-k', () => {
  it.each([
    { seed: 1, documents: 3000, vocabulary: 400 },
    { seed: 2, documents: 2000, vocabulary: 3000 },
    { seed: 3, documents: 500, vocabulary: 50 },
  ])('equals exhaustive scoring on random corpus $seed ($documents documents)', ({ seed, documents, vocabulary }) => {
    const corpus = buildCorpus(seed, documents, vocabulary);
    for (let q = 0; q < 60; q += 1) {
      const terms = randomQuery(corpus);
      const factor = q % 3 === 0 ? { of: () => 1, max: 1 } : randomFactor(corpus);
      const k = [1, 5, 10, 20, 100][q % 5]!;
      expect(searchTopK(corpus.index, terms, k, factor)).toEqual(searchExhaustive(corpus.index, terms, k, factor));
    }
  });

  it('stays equal after documents are added, removed and compacted', () => {
    const corpus = buildCorpus(4, 1500, 300);
    const compare = () => {
      for (let q = 0; q < 20; q += 1) {
        const terms = randomQuery(corpus);
        const factor = randomFactor(corpus);
        expect(searchTopK(corpus.index, terms, 10, factor)).toEqual(searchExhaustive(corpus.index, terms, 10, factor));
      }
    };
    compare();
    for (let i = 0; i < 300; i += 1) corpus.index.remove(Math.floor(corpus.next() * 1500));
    compare();
    // Short documents lower the average length, long ones raise it a little (bounds loosened by formula) and
    // then a lot (bounds recomputed).
    const added = ['t1', 't7'].map((term) => corpus.index.termIdFor(term));
    for (let i = 0; i < 200; i += 1) corpus.index.add({ termIds: added, frequencies: [2, 1], length: 3 });
    compare();
    for (let i = 0; i < 20; i += 1) corpus.index.add({ termIds: added, frequencies: [9, 4], length: 150 });
    compare();
    for (let i = 0; i < 400; i += 1) corpus.index.add({ termIds: added, frequencies: [12, 1], length: 300 });
    compare();
  });

  it('skips removed documents and returns nothing for an empty query', () => {
    const index = new InvertedIndex({ k1: 1.2, b: 0.75 });
    const [x, y] = [index.termIdFor('x'), index.termIdFor('y')];
    const a = index.add({ termIds: [x], frequencies: [1], length: 1 });
    index.add({ termIds: [x, y], frequencies: [1, 1], length: 2 });
    index.remove(a);
    const terms = [{ list: index.postings[index.termId('x')!]!, weight: 1 }];
    const noFit = { of: () => 1, max: 1 };
    expect(searchTopK(index, terms, 5, noFit).map((hit) => hit.doc)).toEqual([1]);
    expect(searchTopK(index, [], 5, noFit)).toEqual([]);
  });
});
