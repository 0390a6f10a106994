import type { TextAnalyzer } from '../../../platform/text/analyzer.ts';
import { domainTextAnalysis, plainTextAnalyzer, prepareTextAnalysis } from '../../../platform/text/domain.ts';
import type { Bm25Parameters } from '../index/inverted-index.ts';
import type { ScoreFactor } from '../index/top-k.ts';
import { DemandColumns, FitModel, ListingColumns, type DemandProfile, type ListingProfile } from '../fit/fit-model.ts';
import type { Demand, Listing } from '../types.ts';
import { Collection, analyseFields, fieldTexts, traceFields, type AnalysedDocument, type FieldSpec, type NumberedAnalysis } from './collection.ts';
import { buildExplanation, explainCriteria, type Explanation, type FitPair, type TermEvidence } from './explain.ts';
import { AnalysisPool, analyseInParallel } from './parallel-analysis.ts';
import { queryWeights, type QueryWeighting } from './query.ts';

export interface EngineConfig {
  /** 'domain': synonyms, concept tags, stop words, search-mode segmentation; 'plain': jieba tokens only. */
  analysis: 'domain' | 'plain';
  structuredFit: boolean;
  bm25: Bm25Parameters;
  /** Fields of a listing as a document, and as a query (when demands are searched for a listing). */
  listingFields: FieldSpec<Listing>[];
  listingQueryFields: FieldSpec<Listing>[];
  demandFields: FieldSpec<Demand>[];
  demandQueryFields: FieldSpec<Demand>[];
  queryWeighting: QueryWeighting;
}

const listingTitle = (weight: number): FieldSpec<Listing> => ({ name: 'title', weight, text: (l) => l.title });
const listingKeywords = (weight: number): FieldSpec<Listing> => ({
  name: 'keywords',
  weight,
  text: (l) => l.keywords.join('，'),
});
const listingSummary = (weight: number): FieldSpec<Listing> => ({ name: 'summary', weight, text: (l) => l.summary });
const demandTitle = (weight: number): FieldSpec<Demand> => ({ name: 'title', weight, text: (d) => d.title });
const demandDescription = (weight: number): FieldSpec<Demand> => ({
  name: 'description',
  weight,
  text: (d) => d.description,
});

/**
 * The engine's settings. A title states the subject, keywords are the owner's own index terms, the summary
 * is long and wordy: field weights 3 / 2 / 1. On the query side the demand's title is its problem in brief.
 */
export const ENGINE_CONFIG: EngineConfig = {
  analysis: 'domain',
  structuredFit: true,
  bm25: { k1: 1.2, b: 0.5 },
  listingFields: [listingTitle(3), listingKeywords(2), listingSummary(1)],
  listingQueryFields: [listingTitle(2), listingKeywords(2), listingSummary(1)],
  demandFields: [demandTitle(2), demandDescription(1)],
  demandQueryFields: [demandTitle(2), demandDescription(1)],
  queryWeighting: { saturation: 2, conceptWeight: 0.6 },
};

/** Plain BM25 (k1 1.2, b 0.75) over jieba tokens of all text, every field alike, no structured fit. */
export const BASELINE_CONFIG: EngineConfig = {
  analysis: 'plain',
  structuredFit: false,
  bm25: { k1: 1.2, b: 0.75 },
  listingFields: [listingTitle(1), listingKeywords(1), listingSummary(1)],
  listingQueryFields: [listingTitle(1), listingKeywords(1), listingSummary(1)],
  demandFields: [demandTitle(1), demandDescription(1)],
  demandQueryFields: [demandTitle(1), demandDescription(1)],
  queryWeighting: { saturation: Number.POSITIVE_INFINITY, conceptWeight: 1 },
};

export interface MatchOptions {
  top: number;
  explain?: boolean;
  /** Score every candidate instead of pruning (the reference the pruned search must equal). */
  exhaustive?: boolean;
}

export interface Match<T> {
  id: string;
  score: number;
  record: T;
  explanation?: Explanation;
}

const NO_FIT: ScoreFactor = { of: () => 1, max: 1 };

/** Below this many records, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 5000;
/** With workers already started, below this many records handing them out costs more than it saves. */
const STARTED_POOL_THRESHOLD = 1000;

export interface BulkOptions<Doc> {
  /** Worker threads for text analysis besides the calling thread; default one less than the cores, 0 for none. */
  workers?: number;
  /** Workers started beforehand (`startAnalysis`), used instead of starting some; the caller closes them. */
  pool?: AnalysisPool;
  /**
   * A record's analysis kept from an earlier load, if there is one for its present text (see analysis-fingerprint.ts):
   * indexed as it is instead of analysed again. Records with one are numbered before the others. Its terms are
   * numbers of `vocabulary`; one naming a number the vocabulary lacks is analysed again.
   */
  stored?: (record: Doc) => NumberedAnalysis | undefined;
  /** The terms of the numbers in stored analyses: `vocabulary[n]` is the term numbered n. */
  vocabulary?: readonly (string | undefined)[];
  /** Receives each record analysed by this load with its analysis, for keeping. */
  analysed?: (record: Doc, analysis: AnalysedDocument) => void;
  /** Records to analyse from which a started pool is used; fewer are analysed on the calling thread. */
  parallelFrom?: number;
}

/**
 * Matches demands with listings in both directions: listings for a demand (technology or capital), and demands
 * for a listing. Records are kept in memory and can be added, replaced and removed at any time.
 */
export class MatchEngine {
  private readonly analyze: TextAnalyzer;
  private readonly labels: ReadonlyMap<string, string>;
  private readonly fit = new FitModel();
  private readonly listings: Collection<Listing>;
  private readonly demands: Collection<Demand>;
  private readonly listingColumns = new ListingColumns();
  private readonly demandColumns = new DemandColumns();
  /**
   * Each indexed demand's profile by document number: reading its fields and investor's terms from its text is
   * the dearest part of a profile, done once when the demand is indexed, not again for every explanation.
   */
  private readonly demandProfiles: DemandProfile[] = [];

  constructor(readonly config: EngineConfig = ENGINE_CONFIG) {
    if (config.analysis === 'domain') {
      const domain = domainTextAnalysis();
      this.analyze = domain.analyze;
      this.labels = domain.termTable.labels;
    } else {
      this.analyze = plainTextAnalyzer();
      this.labels = new Map();
    }
    this.listings = new Collection(
      config.bm25,
      (listing) => analyseFields(this.analyze, config.listingFields, listing),
      (doc, listing) => this.listingColumns.set(doc, this.fit.listingProfile(listing)),
    );
    this.demands = new Collection(
      config.bm25,
      (demand) => analyseFields(this.analyze, config.demandFields, demand),
      (doc, demand) => {
        const profile = this.fit.demandProfile(demand);
        this.demandColumns.set(doc, profile);
        this.demandProfiles[doc] = profile;
      },
    );
  }

  /**
   * Loads, without blocking the event loop, what analysis would otherwise load on first need and blocking (the
   * English lexicon). A server awaits it before serving.
   */
  async prepare(): Promise<void> {
    if (this.config.analysis === 'domain') await prepareTextAnalysis();
  }

  /** Adds or replaces a listing, with its analysis if it was analysed elsewhere; returns the analysis indexed. */
  upsertListing(listing: Listing, analysis: AnalysedDocument = this.analyseListing(listing)): AnalysedDocument {
    this.listings.upsert(listing, this.listings.toIndexed(analysis));
    return analysis;
  }

  /** A listing's terms, as the index takes them. */
  analyseListing(listing: Listing): AnalysedDocument {
    return analyseFields(this.analyze, this.config.listingFields, listing);
  }

  /** The texts a listing's analysis reads, in field order: what a kept analysis must have been made of. */
  listingTexts(listing: Listing): string[] {
    return fieldTexts(this.config.listingFields, listing);
  }

  /**
   * Adds or replaces many listings, analysing their text in parallel; the same as upserting them in order (with
   * `stored`, those with a kept analysis first).
   */
  async upsertListings(listings: readonly Listing[], options: BulkOptions<Listing> = {}): Promise<void> {
    await this.bulkUpsert(this.listings, this.config.listingFields, listings, options);
  }

  /**
   * Loads listings that arrive in batches (pages read from a database while the last one is indexed), as
   * upsertListings would load them all at once; the index is finished after the last batch.
   */
  async upsertListingBatches(batches: AsyncIterable<readonly Listing[]>, options: BulkOptions<Listing> = {}): Promise<void> {
    for await (const batch of batches) await this.bulkUpsert(this.listings, this.config.listingFields, batch, options, false);
    this.listings.index.finishBulkLoad();
  }

  async upsertDemands(demands: readonly Demand[], options: BulkOptions<Demand> = {}): Promise<void> {
    await this.bulkUpsert(this.demands, this.config.demandFields, demands, options);
  }

  /**
   * Starts the worker threads of a bulk load ahead of it, so that they load their dictionaries while the caller
   * reads the records; pass the pool to upsertListings / upsertDemands and close it afterwards.
   */
  startAnalysis(workers?: number): AnalysisPool {
    return new AnalysisPool(this.config.analysis, workers);
  }

  private async bulkUpsert<Doc extends { id: string }>(
    collection: Collection<Doc>,
    fields: readonly FieldSpec<Doc>[],
    all: readonly Doc[],
    { workers, pool, stored, vocabulary = [], analysed, parallelFrom = STARTED_POOL_THRESHOLD }: BulkOptions<Doc>,
    finish = true,
  ): Promise<void> {
    if (pool && pool.analysis !== this.config.analysis) throw new Error('the pool analyses text otherwise than this engine');
    let records = all;
    if (stored) {
      const unanalysed: Doc[] = [];
      for (const record of all) {
        const kept = stored(record);
        const indexed = kept && collection.fromNumbered(kept, vocabulary);
        if (indexed) collection.upsert(record, indexed);
        else unanalysed.push(record);
      }
      records = unanalysed;
    }
    const parallel = pool ? records.length >= parallelFrom : workers !== 0 && records.length >= PARALLEL_THRESHOLD;
    if (!parallel) {
      for (const record of records) {
        const analysis = collection.analyse(record);
        collection.upsert(record, collection.toIndexed(analysis));
        analysed?.(record, analysis);
      }
    } else {
      const used = pool ?? this.startAnalysis(workers);
      try {
        await analyseInParallel({
          records,
          fields,
          analyze: this.analyze,
          termIdFor: (term) => collection.index.termIdFor(term),
          consume: (record, indexed) => {
            collection.upsert(record, indexed);
            if (analysed) analysed(record, collection.fromIndexed(indexed));
          },
          pool: used,
        });
      } finally {
        if (!pool) await used.close();
      }
    }
    if (finish) collection.index.finishBulkLoad();
  }

  removeListing(id: string): boolean {
    return this.listings.remove(id);
  }

  upsertDemand(demand: Demand): void {
    this.demands.upsert(demand);
  }

  removeDemand(id: string): boolean {
    return this.demands.remove(id);
  }

  get listingCount(): number {
    return this.listings.size;
  }

  get demandCount(): number {
    return this.demands.size;
  }

  /** Listings that answer a demand, best first. */
  listingsForDemand(demand: Demand, options: MatchOptions): Array<Match<Listing>> {
    const demandProfile = this.fit.demandProfile(demand);
    const factor = this.config.structuredFit ? this.fit.listingFactor(demandProfile, this.listingColumns) : NO_FIT;
    return this.rank(this.listings, this.config.demandQueryFields, this.config.listingFields, demand, factor, options, (listing) =>
      this.fitPair(demand, demandProfile, listing, this.fit.listingProfile(listing)),
    );
  }

  /** Demands (technology and capital) that a listing answers, best first. */
  demandsForListing(listing: Listing, options: MatchOptions): Array<Match<Demand>> {
    const listingProfile = this.fit.listingProfile(listing);
    const factor = this.config.structuredFit ? this.fit.demandFactor(listingProfile, this.demandColumns) : NO_FIT;
    return this.rank(this.demands, this.config.listingQueryFields, this.config.demandFields, listing, factor, options, (demand, doc) =>
      this.fitPair(demand, this.demandProfiles[doc]!, listing, listingProfile),
    );
  }

  private fitPair(demand: Demand, demandProfile: DemandProfile, listing: Listing, listingProfile: ListingProfile): FitPair {
    const fieldSource = this.fit.fieldRelation(demandProfile.field, listingProfile.field).source;
    return { demand, listing, demandProfile, listingProfile, fieldSource };
  }

  private rank<Query, Doc extends { id: string }>(
    collection: Collection<Doc>,
    queryFields: readonly FieldSpec<Query>[],
    documentFields: readonly FieldSpec<Doc>[],
    query: Query,
    factor: ScoreFactor,
    options: MatchOptions,
    pairOf: (record: Doc, doc: number) => FitPair,
  ): Array<Match<Doc>> {
    const weights = queryWeights(this.analyze, queryFields, query, this.config.queryWeighting);
    const terms = collection.weightTerms(weights);
    const scored = collection.search(terms, options.top, factor, options.exhaustive);
    const queryTrace = options.explain ? traceFields(this.analyze, queryFields, query) : undefined;
    return scored.map(({ doc, score }) => {
      const record = collection.record(doc);
      const match: Match<Doc> = { id: record.id, score, record };
      if (queryTrace) {
        const documentTrace = traceFields(this.analyze, documentFields, record);
        const evidence: TermEvidence[] = terms.map((term) => ({
          term: term.term,
          label: this.labels.get(term.term) ?? term.term,
          query: queryTrace.get(term.term),
          document: documentTrace.get(term.term),
          contribution: collection.contribution(term, doc),
        }));
        const pair = pairOf(record, doc);
        const criteria = this.config.structuredFit
          ? explainCriteria(this.fit.assess(pair.demandProfile, pair.listingProfile), pair)
          : [];
        match.explanation = buildExplanation(evidence, criteria);
      }
      return match;
    });
  }
}
