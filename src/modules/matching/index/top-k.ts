import type { InvertedIndex, PostingList } from './inverted-index.ts';

/** A query term: its posting list and its weight (idf × query weight × (k1 + 1)). */
export interface WeightedTerm {
  list: PostingList;
  weight: number;
}

export interface ScoredDocument {
  doc: number;
  score: number;
}

/**
 * The structured-fit factor of a document for this query, multiplied into its text score, and the largest
 * factor any document can get (used to bound scores before the factor is known).
 */
export interface ScoreFactor {
  of(doc: number): number;
  max: number;
}

// Pruning compares bounds summed in a different order from the exact score; bounds are discounted by this much
// so that rounding can never prune a document whose exact score would have entered the results.
const ROUNDING_MARGIN = 1 - 1e-9;

/**
 * The k best documents seen so far. Order: higher score first, and on equal scores the earlier document, so
 * that pruned and exhaustive search agree even on ties. Documents arrive in increasing order, so a newcomer
 * with a score equal to the worst kept one never displaces it.
 */
class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  size = 0;

  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** Scores up to this one cannot enter. */
  get threshold(): number {
    return this.size < this.k ? 0 : this.scores[0]!;
  }

  private worse(a: number, b: number): boolean {
    const scoreA = this.scores[a]!;
    const scoreB = this.scores[b]!;
    return scoreA < scoreB || (scoreA === scoreB && this.docs[a]! > this.docs[b]!);
  }

  private swap(a: number, b: number): void {
    const doc = this.docs[a]!;
    const score = this.scores[a]!;
    this.docs[a] = this.docs[b]!;
    this.scores[a] = this.scores[b]!;
    this.docs[b] = doc;
    this.scores[b] = score;
  }

  /** Offers a document (a later one than any offered before). */
  offer(doc: number, score: number): void {
    if (this.k === 0 || score <= 0) return;
    if (this.size < this.k) {
      let at = this.size;
      this.docs[at] = doc;
      this.scores[at] = score;
      this.size += 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(at, parent)) break;
        this.swap(at, parent);
        at = parent;
      }
      return;
    }
    if (score <= this.scores[0]!) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.size && this.worse(left, worst)) worst = left;
      if (right < this.size && this.worse(right, worst)) worst = right;
      if (worst === at) break;
      this.swap(at, worst);
      at = worst;
    }
  }

  sorted(): ScoredDocument[] {
    const results: ScoredDocument[] = [];
    for (let i = 0; i < this.size; i += 1) results.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return results.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/**
 * Reference top-k: scores every document that contains a query term. Contributions are added in query-term
 * order, exactly as `searchTopK` sums them, so the two agree to the last bit.
 */
export function searchExhaustive(
  index: InvertedIndex,
  terms: readonly WeightedTerm[],
  k: number,
  factor: ScoreFactor,
): ScoredDocument[] {
  const norms = index.norms();
  const sums = new Float64Array(index.documentCount);
  const seen = new Uint8Array(index.documentCount);
  const candidates: number[] = [];
  for (const { list, weight } of terms) {
    for (let i = 0; i < list.length; i += 1) {
      const doc = list.docs[i]!;
      if (!index.isLive(doc)) continue;
      const frequency = list.frequencies[i]!;
      sums[doc] = sums[doc]! + weight * (frequency / (frequency + norms[doc]!));
      if (seen[doc] === 0) {
        seen[doc] = 1;
        candidates.push(doc);
      }
    }
  }
  candidates.sort((a, b) => a - b);
  const top = new TopK(k);
  for (const doc of candidates) top.offer(doc, factor.of(doc) * sums[doc]!);
  return top.sorted();
}

/** Documents per window: essential postings are gathered a window at a time (see searchTopK). */
const WINDOW = 4096;
/** Past the end of a list. */
const NONE = 0xffffffff;

/**
 * Top-k by MaxScore (Turtle & Flood). Terms are ordered by their score bound; the cheapest terms whose bounds
 * together cannot lift a document above the k-th score are "non-essential": only documents of the other lists
 * are candidates, and a candidate is dropped as soon as its partial score plus the bounds of the lists not yet
 * read falls short. The structured-fit factor is only computed for candidates that survive the bound with the
 * largest factor.
 *
 * Candidates are gathered a window of 4096 documents at a time: each essential list adds its postings in the
 * window to per-document partial scores, then the window's candidates are checked in document order. Reading
 * lists one after another rather than stepping through all of them for every candidate keeps the work
 * proportional to the postings read. The essential lists are fixed for a window and re-chosen between windows.
 */
export function searchTopK(
  index: InvertedIndex,
  terms: readonly WeightedTerm[],
  k: number,
  factor: ScoreFactor,
): ScoredDocument[] {
  const count = terms.length;
  if (count === 0 || k === 0) return [];
  const top = new TopK(k);
  const norms = index.norms();
  const removed = index.removed;

  // Terms in increasing order of their bound; `original` maps back to query order for the exact sum.
  const byBound = terms
    .map((term, original) => ({ ...term, original, bound: term.weight * index.listBound(term.list) }))
    .sort((a, b) => a.bound - b.bound || a.original - b.original);
  // Per-list arrays are read into local arrays once: the loops below run per posting and per candidate.
  const lists = byBound.map((term) => term.list);
  const docsOf = lists.map((list) => list.docs);
  const frequenciesOf = lists.map((list) => list.frequencies);
  const lengths = Int32Array.from(lists, (list) => list.length);
  const weights = Float64Array.from(byBound, (term) => term.weight);
  const original = Int32Array.from(byBound, (term) => term.original);
  const prefixBound = new Float64Array(count);
  let runningBound = 0;
  for (let i = 0; i < count; i += 1) {
    runningBound += byBound[i]!.bound;
    prefixBound[i] = runningBound;
  }
  const positions = new Int32Array(count);
  const windowStarts = new Int32Array(count);
  const partials = new Float64Array(WINDOW);
  const inWindow = new Uint32Array(WINDOW >> 5);
  const contributions = new Float64Array(count);
  const inQueryOrder = new Float64Array(count);
  const maxFactor = factor.max;

  let threshold = 0;
  let firstEssential = 0;
  for (;;) {
    // The next window starts at the first document any essential list still holds.
    let base = NONE;
    for (let i = firstEssential; i < count; i += 1) {
      if (positions[i]! < lengths[i]!) base = Math.min(base, docsOf[i]![positions[i]!]!);
    }
    if (base === NONE) break;
    const end = base + WINDOW;
    const windowEssential = firstEssential;

    for (let i = windowEssential; i < count; i += 1) {
      const docs = docsOf[i]!;
      const frequencies = frequenciesOf[i]!;
      const weight = weights[i]!;
      const length = lengths[i]!;
      let position = positions[i]!;
      windowStarts[i] = position;
      for (; position < length; position += 1) {
        const doc = docs[position]!;
        if (doc >= end) break;
        const frequency = frequencies[position]!;
        const offset = doc - base;
        partials[offset] = partials[offset]! + weight * (frequency / (frequency + norms[doc]!));
        inWindow[offset >> 5] = inWindow[offset >> 5]! | (1 << (offset & 31));
      }
      positions[i] = position;
    }

    for (let word = 0; word < inWindow.length; word += 1) {
      let bits = inWindow[word]!;
      if (bits === 0) continue;
      inWindow[word] = 0;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        const offset = (word << 5) | bit;
        const doc = base + offset;
        let partial = partials[offset]!;
        partials[offset] = 0;

        const nonEssentialBound = windowEssential > 0 ? prefixBound[windowEssential - 1]! : 0;
        let alive = removed[doc] === 0 && (partial + nonEssentialBound) * maxFactor > threshold;
        const docFactor = alive ? factor.of(doc) : 0;
        // Non-essential lists from the largest bound down, stopping once the rest cannot make up the shortfall.
        for (let i = windowEssential - 1; alive && i >= 0; i -= 1) {
          if ((partial + prefixBound[i]!) * docFactor <= threshold) {
            alive = false;
            break;
          }
          const position = lists[i]!.seek(positions[i]!, doc);
          positions[i] = position;
          let contribution = 0;
          if (position < lengths[i]! && docsOf[i]![position] === doc) {
            const frequency = frequenciesOf[i]![position]!;
            contribution = weights[i]! * (frequency / (frequency + norms[doc]!));
            partial += contribution;
          }
          contributions[i] = contribution;
        }
        if (!alive || partial * docFactor <= threshold) continue;

        // The exact score sums every term's contribution in query order, as the exhaustive reference does;
        // the essential ones are looked up again in this window's stretch of their lists.
        for (let i = windowEssential; i < count; i += 1) {
          const position = lists[i]!.seek(windowStarts[i]!, doc);
          let contribution = 0;
          if (position < positions[i]! && docsOf[i]![position] === doc) {
            const frequency = frequenciesOf[i]![position]!;
            contribution = weights[i]! * (frequency / (frequency + norms[doc]!));
          }
          contributions[i] = contribution;
        }
        for (let i = 0; i < count; i += 1) inQueryOrder[original[i]!] = contributions[i]!;
        let sum = 0;
        for (let j = 0; j < count; j += 1) sum += inQueryOrder[j]!;
        top.offer(doc, docFactor * sum);
        threshold = top.threshold * ROUNDING_MARGIN;
      }
    }
    while (firstEssential < count && prefixBound[firstEssential]! * maxFactor <= threshold) firstEssential += 1;
  }
  return top.sorted();
}
