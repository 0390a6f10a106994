import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { TextAnalyzer } from '../../../platform/text/analyzer.ts';
import type { IndexedDocument } from '../index/inverted-index.ts';
import { analyseTexts, fieldTexts, type FieldSpec } from './collection.ts';

export interface AnalysisWorkerData {
  analysis: 'domain' | 'plain';
}

/** A chunk of records, as the texts of their fields (field by field, record after record). */
export interface AnalysisChunk {
  chunk: number;
  texts: string[];
  weights: number[];
  /** The first chunk of a bulk load: the worker numbers terms afresh, as the index receiving them knows none yet. */
  fresh: boolean;
}

/**
 * A chunk's analysis. Terms travel as the worker's own term numbers (numbered in the order the worker met
 * them); the terms the worker meets for the first time come along, joined by NUL. Numbers instead of strings
 * spare the calling thread from splitting and hashing every term of every document.
 */
export interface AnalysisResult {
  chunk: number;
  newTerms: string;
  termIds: Int32Array<ArrayBuffer>;
  termCounts: Int32Array<ArrayBuffer>;
  frequencies: Float64Array<ArrayBuffer>;
  lengths: Float64Array<ArrayBuffer>;
}

const CHUNK_SIZE = 500;
/** Chunks queued per worker, so that a worker never waits for the next one. */
const CHUNKS_IN_FLIGHT = 2;

// Workers load TypeScript sources like the main thread: through tsx, registered in the worker before the
// worker module is imported. The worker is started from a small bootstrap for that reason.
const workerModule = new URL('./analysis-worker.ts', import.meta.url).href;
const tsxApi = import.meta.resolve('tsx/esm/api');
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(workerModule)}); });`;

/** Translates one worker's term numbers into the index's term ids, learning the worker's new terms. */
class WorkerTerms {
  private ids: number[] = [];

  constructor(private readonly termIdFor: (term: string) => number) {}

  decode(result: AnalysisResult): IndexedDocument[] {
    if (result.newTerms) for (const term of result.newTerms.split('\u0000')) this.ids.push(this.termIdFor(term));
    const termIds = result.termIds;
    for (let i = 0; i < termIds.length; i += 1) termIds[i] = this.ids[termIds[i]!]!;
    const documents: IndexedDocument[] = [];
    let at = 0;
    for (let doc = 0; doc < result.termCounts.length; doc += 1) {
      const end = at + result.termCounts[doc]!;
      documents.push({ termIds: termIds.subarray(at, end), frequencies: result.frequencies.subarray(at, end), length: result.lengths[doc]! });
      at = end;
    }
    return documents;
  }
}

/**
 * Worker threads that analyse text, started ahead of a bulk load: a worker loads TypeScript and the dictionaries
 * for about a second, which a caller can overlap with reading the records. Close it after the loads.
 */
export class AnalysisPool {
  readonly workers: readonly Worker[];
  /** Resolves once every worker has loaded its dictionaries (bulk loads need not wait for it). */
  readonly ready: Promise<void>;
  private failure: unknown;

  constructor(
    readonly analysis: AnalysisWorkerData['analysis'],
    count: number = Math.max(1, availableParallelism() - 1),
  ) {
    const workerData: AnalysisWorkerData = { analysis };
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(bootstrap, { eval: true, workerData });
      // A worker that failed is gone: every later load through this pool fails with its error.
      worker.on('error', (error) => {
        this.failure ??= error;
      });
      return worker;
    });
    this.ready = Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const onMessage = (message: unknown) => {
              if (message !== 'ready') return;
              worker.off('message', onMessage);
              resolve();
            };
            worker.on('message', onMessage);
            worker.once('error', reject);
          }),
      ),
    ).then(() => undefined);
    // Nobody need wait for readiness; a failure surfaces in the bulk load.
    this.ready.catch(() => undefined);
  }

  /** The error of a worker that failed, if any. */
  get failed(): unknown {
    return this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

export interface ParallelAnalysis<T> {
  records: readonly T[];
  fields: readonly FieldSpec<T>[];
  analyze: TextAnalyzer;
  /** The index's id of a term (given now if new). */
  termIdFor(term: string): number;
  /** Receives every record with its analysis, in the records' order. */
  consume(record: T, indexed: IndexedDocument): void;
  /** The workers, whose analyser must be the same as `analyze`, which the calling thread uses. */
  pool: AnalysisPool;
}

/**
 * Analyses records in the pool's worker threads and in the calling thread at once (segmentation dominates the
 * cost of indexing), and hands the results to `consume` in the records' order, so that documents are numbered
 * exactly as sequential indexing would number them. The calling thread takes a chunk whenever no result is ready
 * to consume, which also keeps it busy while the workers load their dictionaries.
 */
export async function analyseInParallel<T>({ records, fields, analyze, termIdFor, consume, pool }: ParallelAnalysis<T>): Promise<void> {
  const weights = fields.map((field) => field.weight);
  const chunkCount = Math.ceil(records.length / CHUNK_SIZE);
  const chunkRecords = (chunk: number) => records.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE);
  const ready = new Map<number, IndexedDocument[]>();
  let nextToAnalyse = 0;
  let failure: unknown = pool.failed;
  let wake: (() => void) | undefined;

  const workers = pool.workers.slice(0, chunkCount);
  const given = new Set<Worker>();
  const give = (worker: Worker) => {
    if (nextToAnalyse >= chunkCount) return;
    const chunk = nextToAnalyse;
    nextToAnalyse += 1;
    const texts = chunkRecords(chunk).flatMap((record) => fieldTexts(fields, record));
    worker.postMessage({ chunk, texts, weights, fresh: !given.has(worker) } satisfies AnalysisChunk);
    given.add(worker);
  };
  const listeners = workers.map((worker) => {
    const terms = new WorkerTerms(termIdFor);
    const onMessage = (result: AnalysisResult | 'ready') => {
      if (result === 'ready') return;
      ready.set(result.chunk, terms.decode(result));
      give(worker);
      wake?.();
    };
    const onError = (error: unknown) => {
      failure = error;
      wake?.();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    return () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
  });
  if (!failure) for (const worker of workers) for (let i = 0; i < CHUNKS_IN_FLIGHT; i += 1) give(worker);

  try {
    for (let nextToConsume = 0; nextToConsume < chunkCount; ) {
      if (failure) throw failure;
      const documents = ready.get(nextToConsume);
      if (documents) {
        ready.delete(nextToConsume);
        chunkRecords(nextToConsume).forEach((record, i) => consume(record, documents[i]!));
        nextToConsume += 1;
      } else if (nextToAnalyse < chunkCount) {
        const chunk = nextToAnalyse;
        nextToAnalyse += 1;
        ready.set(
          chunk,
          chunkRecords(chunk).map((record) => {
            const { terms, frequencies, length } = analyseTexts(analyze, fieldTexts(fields, record), weights);
            return { termIds: terms.map(termIdFor), frequencies, length };
          }),
        );
        // Let the workers' messages in before taking more work.
        await setImmediate();
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    }
  } finally {
    for (const stop of listeners) stop();
  }
}
