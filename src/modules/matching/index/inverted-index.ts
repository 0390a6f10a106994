/** BM25 saturation and length normalisation, applied to the field-weighted term frequency (BM25F). */
export interface Bm25Parameters {
  k1: number;
  b: number;
}

function grownUint32(array: Uint32Array, minimum: number): Uint32Array {
  const grown = new Uint32Array(Math.max(minimum, array.length * 2, 4));
  grown.set(array);
  return grown;
}

function grownFloat32(array: Float32Array, minimum: number): Float32Array {
  const grown = new Float32Array(Math.max(minimum, array.length * 2, 4));
  grown.set(array);
  return grown;
}

/**
 * The documents containing one term, in increasing document order, with the term's field-weighted frequency in
 * each, and a bound on the term's saturated frequency tf/(tf + norm) over the list.
 *
 * The bound depends on the average document length, which every added document changes. It is kept exact for
 * the average at which it was last computed (`anchorLength`), including postings appended since, and loosened
 * for the current average by a closed formula (see `InvertedIndex.listBound`); only when the average has
 * drifted far is the list rescanned.
 */
export class PostingList {
  docs: Uint32Array = new Uint32Array(0);
  frequencies: Float32Array = new Float32Array(0);
  length = 0;
  /** The largest saturated frequency over the list for the average length `anchorLength` (NaN: not computed). */
  anchoredBound = 0;
  anchorLength = Number.NaN;

  append(doc: number, frequency: number): void {
    if (this.length === this.docs.length) {
      this.docs = grownUint32(this.docs, this.length + 1);
      this.frequencies = grownFloat32(this.frequencies, this.length + 1);
    }
    this.docs[this.length] = doc;
    this.frequencies[this.length] = frequency;
    this.length += 1;
  }

  /** Gives back the room kept for growth (after a bulk load). */
  trim(): void {
    if (this.docs.length === this.length) return;
    this.docs = this.docs.slice(0, this.length);
    this.frequencies = this.frequencies.slice(0, this.length);
  }

  /** Keeps only the postings of documents that pass `keep`. */
  retain(keep: (doc: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i += 1) {
      const doc = this.docs[i]!;
      if (!keep(doc)) continue;
      this.docs[kept] = doc;
      this.frequencies[kept] = this.frequencies[i]!;
      kept += 1;
    }
    this.length = kept;
    this.anchorLength = Number.NaN;
  }

  /** The first position at or after `from` whose document is at least `doc` (galloping, then binary search). */
  seek(from: number, doc: number): number {
    const docs = this.docs;
    if (from >= this.length || docs[from]! >= doc) return from;
    let low = from;
    let step = 1;
    let high = from + 1;
    while (high < this.length && docs[high]! < doc) {
      low = high;
      step *= 2;
      high = from + step;
    }
    if (high > this.length) high = this.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (docs[middle]! < doc) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The field-weighted frequency of the term in `doc`, 0 when absent. */
  frequencyOf(doc: number): number {
    const position = this.seek(0, doc);
    return position < this.length && this.docs[position] === doc ? this.frequencies[position]! : 0;
  }
}

/**
 * One document as the index takes it: its distinct terms (as ids from `InvertedIndex.termIdFor`) with their
 * field-weighted frequencies, and its field-weighted length.
 */
export interface IndexedDocument {
  termIds: ArrayLike<number>;
  frequencies: ArrayLike<number>;
  length: number;
}

/** A list is rescanned for its bound once the average length has grown this much since the bound was exact. */
const REANCHOR_GROWTH = 1.05;

/**
 * An in-memory inverted index for BM25F. Documents are numbered in the order they are added; a removed document
 * keeps its number and is skipped by search. As in Lucene, removed documents still count in document
 * frequencies and lengths until `compact()` drops their postings, which happens on its own once a tenth of the
 * counted documents are removed.
 */
export class InvertedIndex {
  private readonly termIds = new Map<string, number>();
  /** Each term id's term. */
  private readonly terms: string[] = [];
  readonly postings: PostingList[] = [];
  lengths: Float32Array = new Float32Array(0);
  removed: Uint8Array = new Uint8Array(0);
  /** Documents numbered so far, removed ones included. */
  documentCount = 0;
  /** Documents in the statistics: added and not yet dropped by compaction. */
  private countedDocuments = 0;
  private countedLength = 0;
  private pendingRemovals = 0;
  private cachedNorms: Float64Array = new Float64Array(0);
  private normsAverageLength = Number.NaN;
  private normsDocumentCount = 0;

  constructor(readonly parameters: Bm25Parameters) {}

  /** The id of a term, given to it now if it is new. */
  termIdFor(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postings.push(new PostingList());
    }
    return id;
  }

  add(document: IndexedDocument): number {
    const doc = this.documentCount;
    if (doc === this.lengths.length) {
      const capacity = Math.max(16, doc * 2);
      const lengths = new Float32Array(capacity);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const removed = new Uint8Array(capacity);
      removed.set(this.removed);
      this.removed = removed;
    }
    const length = Math.fround(document.length);
    this.lengths[doc] = length;
    const { termIds, frequencies } = document;
    for (let i = 0; i < termIds.length; i += 1) {
      const frequency = frequencies[i]!;
      const list = this.postings[termIds[i]!]!;
      list.append(doc, frequency);
      // Keep an anchored bound exact: fold in the new posting at the anchor's average length.
      if (!Number.isNaN(list.anchorLength)) {
        const saturated = Math.fround(frequency) / (Math.fround(frequency) + this.norm(length, list.anchorLength));
        if (saturated > list.anchoredBound) list.anchoredBound = saturated;
      }
    }
    this.documentCount += 1;
    this.countedDocuments += 1;
    this.countedLength += length;
    return doc;
  }

  remove(doc: number): void {
    if (!this.isLive(doc)) return;
    this.removed[doc] = 1;
    this.pendingRemovals += 1;
    if (this.pendingRemovals * 10 > this.countedDocuments) this.compact();
  }

  isLive(doc: number): boolean {
    return doc < this.documentCount && this.removed[doc] === 0;
  }

  termOf(termId: number): string {
    const term = this.terms[termId];
    if (term === undefined) throw new Error(`no term has the id ${termId}`);
    return term;
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** Drops the postings of removed documents, so that the statistics describe live documents only. */
  compact(): void {
    if (this.pendingRemovals === 0) return;
    const removed = this.removed;
    for (const list of this.postings) list.retain((doc) => removed[doc] === 0);
    this.countedDocuments -= this.pendingRemovals;
    this.pendingRemovals = 0;
    this.countedLength = 0;
    for (let doc = 0; doc < this.documentCount; doc += 1) {
      if (removed[doc] === 0) this.countedLength += this.lengths[doc]!;
    }
  }

  get averageLength(): number {
    return this.countedDocuments > 0 ? this.countedLength / this.countedDocuments : 0;
  }

  /** BM25's inverse document frequency, always positive. */
  idf(termId: number): number {
    const df = this.postings[termId]?.length ?? 0;
    return Math.log(1 + (this.countedDocuments - df + 0.5) / (df + 0.5));
  }

  /** k1·(1 − b + b·length/average): the same expression wherever a norm is computed, so equal inputs agree. */
  private norm(length: number, average: number): number {
    const { k1, b } = this.parameters;
    const scale = average > 0 ? b / average : 0;
    return k1 * (1 - b + scale * length);
  }

  /** Per-document length norms for the current average length. */
  norms(): Float64Array {
    const average = this.averageLength;
    if (average !== this.normsAverageLength || this.normsDocumentCount !== this.documentCount) {
      if (this.cachedNorms.length < this.documentCount) this.cachedNorms = new Float64Array(this.lengths.length);
      for (let doc = 0; doc < this.documentCount; doc += 1) this.cachedNorms[doc] = this.norm(this.lengths[doc]!, average);
      this.normsAverageLength = average;
      this.normsDocumentCount = this.documentCount;
    }
    return this.cachedNorms;
  }

  /**
   * After a bulk load: gives back the lists' room for growth and computes every list's bound now, instead of
   * on each term's first search.
   */
  finishBulkLoad(): void {
    for (const list of this.postings) {
      list.trim();
      this.listBound(list);
    }
  }

  /**
   * A bound of the saturated frequency tf/(tf + norm) over the list at the current average length. Norms are
   * k1·(1 − b) + k1·b·length/average; when the average grows from A₀ to A, every norm shrinks by at most the
   * factor r = A₀/A, and a saturation s₀ at A₀ becomes at most s₀ / (s₀ + r·(1 − s₀)). A shrinking average
   * only raises norms, so the anchored bound stays valid as it is.
   */
  listBound(list: PostingList): number {
    const average = this.averageLength;
    if (Number.isNaN(list.anchorLength) || average > list.anchorLength * REANCHOR_GROWTH) {
      const norms = this.norms();
      let bound = 0;
      for (let i = 0; i < list.length; i += 1) {
        const frequency = list.frequencies[i]!;
        const saturated = frequency / (frequency + norms[list.docs[i]!]!);
        if (saturated > bound) bound = saturated;
      }
      list.anchoredBound = bound;
      list.anchorLength = average;
      return bound;
    }
    if (average <= list.anchorLength) return list.anchoredBound;
    const shrink = list.anchorLength / average;
    const anchored = list.anchoredBound;
    return anchored / (anchored + shrink * (1 - anchored));
  }
}
