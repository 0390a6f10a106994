import type { TextAnalyzer } from '../../../platform/text/analyzer.ts';
import { InvertedIndex, type Bm25Parameters, type IndexedDocument } from '../index/inverted-index.ts';
import { searchExhaustive, searchTopK, type ScoreFactor, type ScoredDocument, type WeightedTerm } from '../index/top-k.ts';

/** A text field of a record and its weight in BM25F (documents) or in the query. */
export interface FieldSpec<T> {
  name: string;
  weight: number;
  text(record: T): string;
}

/** Where one term occurs: the words of the text that produced it and the fields they are in. */
export interface TermOccurrence {
  words: Set<string>;
  fields: Set<string>;
}

/** A record's distinct terms with their field-weighted frequencies, and its field-weighted length. */
export interface AnalysedDocument {
  terms: readonly string[];
  frequencies: readonly number[];
  length: number;
}

/**
 * An analysis kept outside the engine, its terms given as numbers of a vocabulary kept with it (so that reading it
 * back makes no string per term), its frequencies as the index keeps them.
 */
export interface NumberedAnalysis {
  termNumbers: ArrayLike<number>;
  frequencies: ArrayLike<number>;
  length: number;
}

/** Analyses texts of given weights into field-weighted term frequencies and the field-weighted length. */
export function analyseTexts(analyze: TextAnalyzer, texts: readonly string[], weights: readonly number[]): AnalysedDocument {
  const counts = new Map<string, number>();
  let length = 0;
  texts.forEach((text, i) => {
    const weight = weights[i] ?? 1;
    analyze(text, (term, _word, termWeight) => {
      counts.set(term, (counts.get(term) ?? 0) + weight * termWeight);
      length += weight * termWeight;
    });
  });
  return { terms: [...counts.keys()], frequencies: [...counts.values()], length };
}

/** The texts of a record's fields, in field order. */
export const fieldTexts = <T>(fields: readonly FieldSpec<T>[], record: T): string[] => fields.map((field) => field.text(record));

/** Analyses the weighted fields of a record. */
export function analyseFields<T>(analyze: TextAnalyzer, fields: readonly FieldSpec<T>[], record: T): AnalysedDocument {
  return analyseTexts(analyze, fieldTexts(fields, record), fields.map((field) => field.weight));
}

/** Like analyseFields, but records the words and fields behind each term, for explanations. */
export function traceFields<T>(
  analyze: TextAnalyzer,
  fields: readonly FieldSpec<T>[],
  record: T,
): Map<string, TermOccurrence> {
  const occurrences = new Map<string, TermOccurrence>();
  for (const field of fields) {
    analyze(field.text(record), (term, word) => {
      let occurrence = occurrences.get(term);
      if (!occurrence) {
        occurrence = { words: new Set(), fields: new Set() };
        occurrences.set(term, occurrence);
      }
      occurrence.words.add(word);
      occurrence.fields.add(field.name);
    });
  }
  return occurrences;
}

/**
 * Records of one kind (listings or demands) with their inverted index. Records are replaced by id: adding a
 * record whose id is present removes the old version first. `numbered` lets the owner keep per-document data
 * (fit attributes) under the document number the index gave.
 */
export class Collection<Doc extends { id: string }> {
  readonly index: InvertedIndex;
  private readonly records: Array<Doc | undefined> = [];
  private readonly numbers = new Map<string, number>();
  /** The index's id of each number of the vocabulary last given to fromNumbered, -1 until looked up. */
  private vocabularyIds: { vocabulary: readonly (string | undefined)[]; ids: Int32Array } | undefined;

  constructor(
    parameters: Bm25Parameters,
    readonly analyse: (record: Doc) => AnalysedDocument,
    private readonly numbered: (doc: number, record: Doc) => void,
  ) {
    this.index = new InvertedIndex(parameters);
  }

  /** Adds a record, replacing any with its id; `indexed` may be given when it was analysed elsewhere. */
  upsert(record: Doc, indexed: IndexedDocument = this.toIndexed(this.analyse(record))): void {
    this.remove(record.id);
    const doc = this.index.add(indexed);
    this.records[doc] = record;
    this.numbered(doc, record);
    this.numbers.set(record.id, doc);
  }

  /** An analysed document with its terms given as the index's term ids. */
  toIndexed({ terms, frequencies, length }: AnalysedDocument): IndexedDocument {
    return { termIds: terms.map((term) => this.index.termIdFor(term)), frequencies, length };
  }

  /**
   * A kept analysis with its terms as this index's ids, or undefined when it names a number the vocabulary lacks.
   * Each number of a vocabulary is looked up once: a load's hundred thousand documents share a few hundred thousand
   * terms.
   */
  fromNumbered({ termNumbers, frequencies, length }: NumberedAnalysis, vocabulary: readonly (string | undefined)[]): IndexedDocument | undefined {
    if (this.vocabularyIds?.vocabulary !== vocabulary) this.vocabularyIds = { vocabulary, ids: new Int32Array(vocabulary.length).fill(-1) };
    const known = this.vocabularyIds.ids;
    const termIds = new Uint32Array(termNumbers.length);
    for (let i = 0; i < termIds.length; i++) {
      const number = termNumbers[i]!;
      let id = number < known.length ? known[number]! : -1;
      if (id < 0) {
        const term = vocabulary[number];
        if (term === undefined) return undefined;
        id = this.index.termIdFor(term);
        if (number < known.length) known[number] = id;
      }
      termIds[i] = id;
    }
    return { termIds, frequencies, length };
  }

  /** The analysed document back from its term ids. */
  fromIndexed({ termIds, frequencies, length }: IndexedDocument): AnalysedDocument {
    return { terms: Array.from(termIds, (id) => this.index.termOf(id)), frequencies: Array.from(frequencies), length };
  }

  remove(id: string): boolean {
    const doc = this.numbers.get(id);
    if (doc === undefined) return false;
    this.index.remove(doc);
    this.records[doc] = undefined;
    this.numbers.delete(id);
    return true;
  }

  get size(): number {
    return this.numbers.size;
  }

  record(doc: number): Doc {
    const record = this.records[doc];
    if (!record) throw new Error(`document ${doc} is not in the collection`);
    return record;
  }

  /** Query terms that occur in the collection, weighted by idf × query weight × (k1 + 1), in query order. */
  weightTerms(queryWeights: ReadonlyMap<string, number>): Array<WeightedTerm & { term: string }> {
    const factor = this.index.parameters.k1 + 1;
    const weighted: Array<WeightedTerm & { term: string }> = [];
    for (const [term, queryWeight] of queryWeights) {
      const id = this.index.termId(term);
      const list = id === undefined ? undefined : this.index.postings[id];
      if (id === undefined || !list || list.length === 0) continue;
      weighted.push({ term, list, weight: this.index.idf(id) * queryWeight * factor });
    }
    return weighted;
  }

  search(terms: readonly WeightedTerm[], k: number, factor: ScoreFactor, exhaustive = false): ScoredDocument[] {
    return exhaustive ? searchExhaustive(this.index, terms, k, factor) : searchTopK(this.index, terms, k, factor);
  }

  /** One term's part of a document's text score, computed exactly as search computes it. */
  contribution(term: WeightedTerm, doc: number): number {
    const frequency = term.list.frequencyOf(doc);
    if (frequency === 0) return 0;
    return term.weight * (frequency / (frequency + (this.index.norms()[doc] ?? 0)));
  }
}
