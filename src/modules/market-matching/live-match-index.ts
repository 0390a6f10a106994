import type { FastifyBaseLogger } from 'fastify';
import type { ChangeFeed } from '../../platform/db/change-feed.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { publishedDemandsForMatch, publishedListingsForMatch } from '../market/to-match.ts';
import { MatchEngine, type BulkOptions } from '../matching/engine/match-engine.ts';
import type { NumberedAnalysis } from '../matching/engine/collection.ts';
import type { Listing } from '../matching/types.ts';
import { keepAnalyses, keptAnalysisFingerprint, listingTextKey, publishedListingPages, readTermVocabulary, type KeptAnalysis } from './kept-analyses.ts';
import { publishedRecordsNaming } from './records-naming.ts';

/**
 * Where the database announces changes of listings and demands ('listing:<id>', 'demand:<id>') and renames of what
 * they name ('owner:<enterprise id>' for an owner's name or region, 'field:<field id>', 'region:<region code>' for a
 * region's name); see migrations 0018, 0021, 0034.
 */
export const marketChangeChannel = 'qiao_market';

/**
 * How long notices are gathered before the changed records are re-read: a burst (an import, the expiry job taking
 * a hundred records down) costs one query per kind instead of one per record, and the delay stays far below the
 * second within which another instance's change must show.
 */
const BATCH_MS = 25;
/** After a failed re-read or rebuild (the database away), the next attempt; the index stays as it was meanwhile. */
const RETRY_MS = 1_000;
/**
 * Listings to analyse at once (without a kept analysis in one page of a build, or re-read after one rename) from
 * which worker threads analyse them, so that the main thread keeps answering.
 */
const WORKERS_FROM = 1_000;

type Kind = 'listing' | 'demand' | 'owner' | 'field' | 'region';
const KINDS: readonly string[] = ['listing', 'demand', 'owner', 'field', 'region'] satisfies Kind[];

export interface LiveMatchIndexOptions {
  /** See WORKERS_FROM; tests lower it to take the worker path with a few listings. */
  workersFrom?: number;
}

/**
 * The matching index of one instance: every published listing and demand, loaded from PostgreSQL when the app
 * becomes ready and kept current from the change feed. Each notice names a record; the record is re-read and
 * upserted if it is published, removed otherwise, so the index converges on the database whatever order notices
 * come in. After a gap in the feed the whole index is rebuilt (into a new engine, which replaces the old one
 * when complete, so matching keeps answering meanwhile).
 */
export class LiveMatchIndex {
  engine = new MatchEngine();
  private readonly pending: Record<Kind, Set<string>> = { listing: new Set(), demand: new Set(), owner: new Set(), field: new Set(), region: new Set() };
  private readonly workersFrom: number;
  /** Set until the first build, and by every gap. */
  private rebuildNeeded = true;
  private timer: NodeJS.Timeout | null = null;
  private working: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;
  private closed = false;
  private markBuilt!: () => void;
  /** Analyses being written for the next start, after a build. */
  private keeping: Promise<void> = Promise.resolve();
  /** Resolves once the index holds the whole market for the first time. */
  readonly built = new Promise<void>((resolve) => {
    this.markBuilt = resolve;
  });

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    { workersFrom = WORKERS_FROM }: LiveMatchIndexOptions = {},
  ) {
    this.workersFrom = workersFrom;
  }

  /**
   * Listens, then builds: a change made while the build reads is announced after, and re-read after it. Resolves
   * once the index holds every published record, so the app is ready only when matching is.
   */
  async start(feed: ChangeFeed): Promise<void> {
    this.unsubscribe = await feed.subscribe(marketChangeChannel, {
      onChange: (payload) => this.noticed(payload),
      onGap: () => {
        this.rebuildNeeded = true;
        this.schedule(BATCH_MS);
      },
    });
    // Without a database (the OpenAPI document is built so) nothing is read: the feed's first connection reports a
    // gap, and the index is built then.
    if (!feed.listening) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.work();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.working?.catch(() => undefined);
    await this.keeping;
  }

  /** Resolves once the analyses made so far are kept in the database (they are written after the build). */
  async analysesKept(): Promise<void> {
    await this.working?.catch(() => undefined);
    await this.keeping;
  }

  private noticed(payload: string): void {
    const separator = payload.indexOf(':');
    const kind = payload.slice(0, separator);
    if (!KINDS.includes(kind)) return;
    this.pending[kind as Kind].add(payload.slice(separator + 1));
    this.schedule(BATCH_MS);
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.work().catch(() => undefined);
    }, delayMs);
    this.timer.unref();
  }

  /** One pass at a time: a call while one runs joins it, and the running pass looks again before it ends. */
  private work(): Promise<void> {
    this.working ??= this.pass().finally(() => {
      this.working = null;
    });
    return this.working;
  }

  /** Rebuilds if one is due, else re-reads the records noticed, until nothing is left to do. */
  private async pass(): Promise<void> {
    try {
      while (!this.closed && (this.rebuildNeeded || Object.values(this.pending).some((ids) => ids.size > 0))) {
        if (this.rebuildNeeded) await this.rebuild();
        else await this.apply();
      }
    } catch (error) {
      this.log.warn({ err: { message: (error as Error).message } }, 'matching index: could not read the market; trying again');
      this.schedule(RETRY_MS);
      throw error;
    }
  }

  private async rebuild(): Promise<void> {
    this.rebuildNeeded = false;
    // Everything noticed so far is in what the rebuild reads.
    for (const ids of Object.values(this.pending)) ids.clear();
    const started = performance.now();
    const engine = new MatchEngine();
    // Worker threads analyse listings that have no kept analysis; they are started only when a page brings many
    // (loading their dictionaries costs a second of a core, which a start that reads kept analyses would lose).
    const options: BulkOptions<Listing> = { workers: 0 };
    try {
      const fingerprint = keptAnalysisFingerprint(engine.config);
      // The kept terms and the demands (a few thousand at most) first, with the English lexicon loading meanwhile
      // (the first English text would otherwise build it, blocking; kept analyses need none of it).
      const prepared = this.prepare(engine);
      const [demands, vocabulary] = await Promise.all([publishedDemandsForMatch(this.db), readTermVocabulary(this.db)]);
      const read = performance.now();
      // Then the listings page by page, each page's kept analyses indexed as they are and the rest analysed.
      let keptOfPage = new Map<string, NumberedAnalysis>();
      let listingCount = 0;
      const workersFrom = this.workersFrom;
      const listingsOf = async function* (db: Db) {
        for await (const page of publishedListingPages(db, fingerprint)) {
          keptOfPage = page.kept;
          listingCount += page.listings.length;
          if (page.listings.length - page.kept.size >= workersFrom) options.pool ??= engine.startAnalysis();
          yield page.listings;
        }
      };
      const fresh: KeptAnalysis[] = [];
      options.vocabulary = vocabulary;
      // Only analyses of the texts as they stand come back (the query compares the keys).
      options.stored = (listing) => keptOfPage.get(listing.id);
      options.analysed = (listing, analysis) => fresh.push(this.toKept(engine, listing, analysis));
      await engine.upsertListingBatches(listingsOf(this.db), options);
      await prepared;
      await engine.upsertDemands(demands, options.pool ? { pool: options.pool } : {});
      this.engine = engine;
      this.markBuilt();
      const ms = (since: number) => Math.round(performance.now() - since);
      this.log.info(
        { listings: listingCount, analysed: fresh.length, demands: demands.length, ms: ms(started), demandsReadMs: Math.round(read - started) },
        'matching index built',
      );
      this.keep(fingerprint, fresh);
    } catch (error) {
      this.rebuildNeeded = true;
      throw error;
    } finally {
      await options.pool?.close();
    }
  }

  private toKept(engine: MatchEngine, listing: Listing, analysis: KeptAnalysis['analysis']): KeptAnalysis {
    return { listingId: listing.id, textKey: listingTextKey(engine.listingTexts(listing)), analysis };
  }

  /**
   * Writes analyses for the next start, in the background and one batch after another: the index does not wait
   * for them, and an analysis that fails to be written is only made again next time.
   */
  private keep(fingerprint: string, analyses: readonly KeptAnalysis[]): void {
    if (analyses.length === 0) return;
    this.keeping = this.keeping
      .then(() => keepAnalyses(this.db, fingerprint, analyses))
      .catch((error: unknown) => {
        this.log.warn({ err: { message: (error as Error).message } }, 'matching index: could not keep listing analyses for the next start');
      });
  }

  /** Loads the engine's lexicon; should that fail, the first English text loads it instead (blocking, once). */
  private async prepare(engine: MatchEngine): Promise<void> {
    await engine.prepare().catch((error: unknown) => {
      this.log.warn({ err: { message: (error as Error).message } }, 'matching index: could not load the English lexicon in the background');
    });
  }

  /**
   * Upserts re-read listings with fresh analyses. A rename may name tens of thousands: those are analysed in worker
   * threads, each upserted as it comes back, so that matching keeps answering meanwhile instead of waiting seconds.
   */
  private async reanalyse(engine: MatchEngine, listings: readonly Listing[]): Promise<KeptAnalysis[]> {
    if (listings.length < this.workersFrom) return listings.map((listing) => this.toKept(engine, listing, engine.upsertListing(listing)));
    const analysed: KeptAnalysis[] = [];
    const pool = engine.startAnalysis();
    try {
      await engine.upsertListingBatches(asBatch(listings), { pool, parallelFrom: this.workersFrom, analysed: (listing, analysis) => analysed.push(this.toKept(engine, listing, analysis)) });
    } finally {
      await pool.close();
    }
    return analysed;
  }

  private async apply(): Promise<void> {
    const taken = Object.fromEntries(Object.entries(this.pending).map(([kind, ids]) => [kind, [...ids]])) as Record<Kind, string[]>;
    for (const ids of Object.values(this.pending)) ids.clear();
    try {
      const listingIds = [...taken.listing];
      const demandIds = [...taken.demand];
      // A renamed owner, field or region: every published record naming it is re-read, and so takes the new name.
      if (taken.owner.length || taken.field.length || taken.region.length) {
        const naming = await publishedRecordsNaming(this.db, { owners: taken.owner, fields: taken.field, regions: taken.region });
        listingIds.push(...naming.listingIds);
        demandIds.push(...naming.demandIds);
      }
      const [listings, demands] = await Promise.all([
        inBatches(listingIds, (ids) => publishedListingsForMatch(this.db, ids)),
        inBatches(demandIds, (ids) => publishedDemandsForMatch(this.db, ids)),
      ]);
      const engine = this.engine;
      const analysed = await this.reanalyse(engine, listings);
      this.keep(keptAnalysisFingerprint(engine.config), analysed);
      const stillListed = new Set(listings.map((listing) => listing.id));
      for (const id of listingIds) if (!stillListed.has(id)) engine.removeListing(id);
      for (const demand of demands) engine.upsertDemand(demand);
      const stillOpen = new Set(demands.map((demand) => demand.id));
      for (const id of demandIds) if (!stillOpen.has(id)) engine.removeDemand(id);
    } catch (error) {
      for (const kind of KINDS as Kind[]) for (const id of taken[kind]) this.pending[kind].add(id);
      throw error;
    }
  }
}

/** Yields the listings as one batch, for the engine's bulk upsert. */
async function* asBatch(listings: readonly Listing[]): AsyncIterable<readonly Listing[]> {
  yield listings;
}

/** Records re-read per query: a renamed field may name tens of thousands, beyond what one query's parameters hold. */
const READ_BATCH = 5_000;

async function inBatches<T>(ids: readonly string[], read: (ids: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < ids.length; start += READ_BATCH) found.push(...(await read(ids.slice(start, start + READ_BATCH))));
  return found;
}

/**
 * Each running app's index by its context, for the jobs that the app's workers run (they are given the context,
 * not the app). Several apps may share one context in tests; any of their indexes answers alike.
 */
const indexes = new WeakMap<AppContext, LiveMatchIndex>();

export function registerLiveIndex(ctx: AppContext, index: LiveMatchIndex): () => void {
  indexes.set(ctx, index);
  return () => {
    if (indexes.get(ctx) === index) indexes.delete(ctx);
  };
}

export function liveIndexOf(ctx: AppContext): LiveMatchIndex | undefined {
  return indexes.get(ctx);
}
