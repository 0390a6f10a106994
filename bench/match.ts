// Matching benchmark, run by hand (not part of the tests):
//   npx tsx bench/match.ts --listings 100000
//   npm run bench:match -- --listings 1000000 --pg-demands 100
// Builds the engine's index over synthetic listings (cold, then with the analysis workers started beforehand, as
// the live index starts them while reading PostgreSQL), times top-20 searches for synthetic demands, and times
// PostgreSQL's ts_rank over the same terms (tsvector('simple') with a GIN index) on DATABASE_URL or an embedded
// server. Prints a table and a JSON line with the figures.
import { cpus, loadavg, totalmem } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { domainTextAnalysis } from '../src/platform/text/domain.ts';
import { ENGINE_CONFIG, MatchEngine } from '../src/modules/matching/engine/match-engine.ts';
import type { Demand, Listing } from '../src/modules/matching/types.ts';
import { CorpusGenerator } from './generate.ts';
import { dropTsvectorTable, lexeme, loadTsvectorTable, startPostgres, tsRankTopK } from './postgres.ts';

const { values } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    demands: { type: 'string', default: '300' },
    top: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
    workers: { type: 'string' },
    'pg-demands': { type: 'string' },
    'no-pg': { type: 'boolean', default: false },
    'single-thread-build': { type: 'boolean', default: false },
  },
});
const listingCount = Number(values.listings);
const demandCount = Number(values.demands);
const top = Number(values.top);
const workers = values.workers === undefined ? undefined : Number(values.workers);

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
/** Heap and off-heap (typed arrays) in use, after collecting garbage twice so that freed buffers are gone. */
const usedMemory = async () => {
  collectGarbage();
  await setImmediate();
  collectGarbage();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: readonly number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const summarise = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    queries: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
};
const ms = (value: number) => value.toFixed(2).padStart(9);
const log = (line: string) => process.stderr.write(`${line}\n`);

const generator = new CorpusGenerator(Number(values.seed));
log(`generating ${listingCount} listings and ${demandCount} demands …`);
const listings: Listing[] = Array.from({ length: listingCount }, (_, i) => generator.listing(i));
const demands: Demand[] = Array.from({ length: demandCount }, (_, i) => generator.demand(i));
// Other demands warm the search code up (the JIT compiles it on first use) without warming the caches for the
// measured ones.
const warmUp: Demand[] = Array.from({ length: 200 }, (_, i) => generator.demand(demandCount + i));
domainTextAnalysis();

log('building the index …');
const memoryBefore = await usedMemory();
const engine = new MatchEngine(ENGINE_CONFIG);
const buildStart = performance.now();
await engine.upsertListings(listings, workers === undefined ? {} : { workers });
const buildSeconds = (performance.now() - buildStart) / 1000;
const indexBytes = (await usedMemory()) - memoryBefore;

// The live index starts its analysis workers while PostgreSQL answers, so they are ready when its bulk load begins:
// the same build again, with workers started and ready beforehand.
log('building again with the workers started beforehand …');
const warmEngine = new MatchEngine(ENGINE_CONFIG);
const pool = warmEngine.startAnalysis(workers);
await pool.ready;
const warmStart = performance.now();
await warmEngine.upsertListings(listings, { pool });
const warmSeconds = (performance.now() - warmStart) / 1000;
await pool.close();

let singleThreadRate: number | undefined;
if (values['single-thread-build']) {
  log('building again in one thread …');
  const sequential = new MatchEngine(ENGINE_CONFIG);
  const start = performance.now();
  await sequential.upsertListings(listings, { workers: 0 });
  singleThreadRate = listingCount / ((performance.now() - start) / 1000);
}

log('searching …');
for (const demand of warmUp) engine.listingsForDemand(demand, { top });
const engineLatencies = demands.map((demand) => {
  const start = performance.now();
  engine.listingsForDemand(demand, { top });
  return performance.now() - start;
});
const engineFigures = summarise(engineLatencies);

let postgresFigures: ReturnType<typeof summarise> | undefined;
let postgresDescription = 'skipped (--no-pg)';
if (!values['no-pg']) {
  const server = await startPostgres();
  postgresDescription = server.description;
  try {
    const { analyze } = domainTextAnalysis();
    const termsOf = (texts: string[]) => {
      const terms: string[] = [];
      for (const text of texts) analyze(text, (term) => terms.push(lexeme(term)));
      return terms;
    };
    log(`loading ${listingCount} listings into PostgreSQL (${server.description}) …`);
    const documents = (function* () {
      for (const listing of listings) {
        yield { id: listing.id, lexemes: termsOf(ENGINE_CONFIG.listingFields.map((field) => field.text(listing))).join(' ') };
      }
    })();
    const client = await loadTsvectorTable(server.url, documents);
    const measured = demands.slice(0, values['pg-demands'] === undefined ? demandCount : Number(values['pg-demands']));
    log(`searching PostgreSQL with ${measured.length} demands …`);
    const queries = measured.map((demand) => [...new Set(termsOf([demand.title, demand.description]))]);
    for (const lexemes of queries.slice(0, 3)) await tsRankTopK(client, lexemes, top);
    const latencies: number[] = [];
    for (const lexemes of queries) {
      const start = performance.now();
      await tsRankTopK(client, lexemes, top);
      latencies.push(performance.now() - start);
    }
    postgresFigures = summarise(latencies);
    await dropTsvectorTable(client);
  } finally {
    await server.stop();
  }
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1e9),
  node: process.version,
  // Other work on the machine slows every figure; the load average at the end of the run says how much there was.
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
};
const result = {
  machine,
  listings: listingCount,
  demands: demandCount,
  top,
  build: {
    seconds: buildSeconds,
    listingsPerSecond: listingCount / buildSeconds,
    workers: workers ?? Math.max(1, cpus().length - 1),
    warmWorkersListingsPerSecond: listingCount / warmSeconds,
    singleThreadListingsPerSecond: singleThreadRate,
    memoryMBPer100k: indexBytes / 1e6 / (listingCount / 100_000),
  },
  engine: engineFigures,
  postgres: postgresFigures ? { server: postgresDescription, ...postgresFigures } : postgresDescription,
  ratio: postgresFigures
    ? { p50: postgresFigures.p50 / engineFigures.p50, p95: postgresFigures.p95 / engineFigures.p95 }
    : undefined,
};

log('');
log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}`);
log(`listings: ${listingCount}, demands: ${demandCount}, top ${top}`);
log(`index build: ${result.build.listingsPerSecond.toFixed(0)} listings/s (calling thread + ${result.build.workers} analysis worker(s), ${buildSeconds.toFixed(1)} s)`);
log(`index build, workers started beforehand: ${result.build.warmWorkersListingsPerSecond.toFixed(0)} listings/s (${warmSeconds.toFixed(1)} s)`);
if (singleThreadRate) log(`index build in one thread: ${singleThreadRate.toFixed(0)} listings/s`);
log(`index memory: ${result.build.memoryMBPer100k.toFixed(1)} MB per 100k listings`);
log(`                      p50        p95        p99   (ms, top-${top})`);
log(`engine         ${ms(engineFigures.p50)}  ${ms(engineFigures.p95)}  ${ms(engineFigures.p99)}   (${engineFigures.queries} demands)`);
if (postgresFigures && result.ratio) {
  log(`ts_rank        ${ms(postgresFigures.p50)}  ${ms(postgresFigures.p95)}  ${ms(postgresFigures.p99)}   (${postgresFigures.queries} demands)`);
  log(`ts_rank/engine ${result.ratio.p50.toFixed(0).padStart(8)}×  ${result.ratio.p95.toFixed(0).padStart(8)}×`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
