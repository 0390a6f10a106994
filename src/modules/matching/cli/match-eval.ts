import { parseArgs } from 'node:util';
import { DataFileError } from '../../../platform/text/data-file.ts';
import { BASELINE_CONFIG, ENGINE_CONFIG, MatchEngine, type Match } from '../engine/match-engine.ts';
import { evaluate, type Metrics } from '../eval/metrics.ts';
import { InputError } from '../io/jsonl.ts';
import { readDemands, readJudgements, readListings, type Judgement } from '../io/records.ts';
import type { Listing } from '../types.ts';

const USAGE = `Usage: qiao match-eval --listings L.jsonl --demands D.jsonl [options]

Ranks listings for every demand and prints one JSON line per demand: {"demand": id, "ranked": [ids, best first]}.

Options:
  --listings FILE  may be given more than once: the listings of all files form one pool
  --top N          listings per demand (default 10)
  --qrels Q.jsonl  relevance judgements: also print nDCG@10, Recall@10 and MRR, as a last JSON line
                   {"metrics": …} on stdout and as a table on stderr
  --baseline       plain BM25 over jieba tokens (no synonyms, no concept tags, no structured fit)
  --reverse        rank demands for every listing instead: {"listing": id, "ranked": [demand ids]}
  --explain        add each result's explanation (shared terms, criteria, score parts) to the JSON lines
  --help           show this text
`;

interface Options {
  listings: string[];
  demands: string;
  top: number;
  qrels: string | undefined;
  baseline: boolean;
  reverse: boolean;
  explain: boolean;
}

class UsageError extends Error {}

function parseOptions(args: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        listings: { type: 'string', multiple: true },
        demands: { type: 'string' },
        top: { type: 'string', default: '10' },
        qrels: { type: 'string' },
        baseline: { type: 'boolean', default: false },
        reverse: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.listings?.length || !values.demands) throw new UsageError('--listings and --demands are required');
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer, not "${values.top}"`);
  return {
    listings: values.listings,
    demands: values.demands,
    top,
    qrels: values.qrels,
    baseline: values.baseline,
    reverse: values.reverse,
    explain: values.explain,
  };
}

/** The listings of several files as one pool (a set's own listings beside a shared pool); ids stay unique. */
async function readListingPool(paths: readonly string[]): Promise<Listing[]> {
  const files = await Promise.all(paths.map(readListings));
  const seen = new Map<string, string>();
  files.forEach((listings, i) => {
    for (const { id } of listings) {
      const earlier = seen.get(id);
      if (earlier !== undefined) throw new InputError(`${paths[i]}: duplicate id "${id}" (also in ${earlier})`);
      seen.set(id, paths[i]!);
    }
  });
  return files.flat();
}

/** Judgements grouped by query: by demand, or by listing when ranking demands for listings. */
function groupJudgements(judgements: readonly Judgement[], byListing: boolean): Map<string, Map<string, number>> {
  const grouped = new Map<string, Map<string, number>>();
  for (const { demand, listing, grade } of judgements) {
    const [query, document] = byListing ? [listing, demand] : [demand, listing];
    let grades = grouped.get(query);
    if (!grades) {
      grades = new Map();
      grouped.set(query, grades);
    }
    grades.set(document, Math.max(grade, grades.get(document) ?? 0));
  }
  return grouped;
}

function metricsTable(system: string, metrics: Metrics): string {
  const figure = (value: number) => value.toFixed(4);
  return [
    `match-eval (${system}) over ${metrics.queries} judged queries`,
    `  nDCG@10    ${figure(metrics['ndcg@10'])}`,
    `  Recall@10  ${figure(metrics['recall@10'])}`,
    `  MRR        ${figure(metrics.mrr)}`,
    '',
  ].join('\n');
}

/** `qiao match-eval`: exit code 0, or 2 for bad arguments or input files (with a one-line message). */
export async function runMatchEval(args: string[]): Promise<number> {
  try {
    const options = parseOptions(args);
    if (options === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    const [listings, demands, judgements] = await Promise.all([
      readListingPool(options.listings),
      readDemands(options.demands),
      options.qrels ? readJudgements(options.qrels) : Promise.resolve(undefined),
    ]);
    const engine = new MatchEngine(options.baseline ? BASELINE_CONFIG : ENGINE_CONFIG);
    // Only the side being searched needs an index.
    if (options.reverse) await engine.upsertDemands(demands);
    else await engine.upsertListings(listings);

    const queryKey = options.reverse ? 'listing' : 'demand';
    const rankings = new Map<string, string[]>();
    const lines: string[] = [];
    const matchOptions = { top: options.top, explain: options.explain };
    const results: Array<[string, Array<Match<unknown>>]> = options.reverse
      ? listings.map((listing) => [listing.id, engine.demandsForListing(listing, matchOptions)])
      : demands.map((demand) => [demand.id, engine.listingsForDemand(demand, matchOptions)]);
    for (const [id, matches] of results) {
      const ranked = matches.map((match) => match.id);
      rankings.set(id, ranked);
      const line: Record<string, unknown> = { [queryKey]: id, ranked };
      if (options.explain) line.explanations = matches.map(({ id: matchId, explanation }) => ({ id: matchId, ...explanation }));
      lines.push(JSON.stringify(line));
    }

    if (judgements) {
      const system = options.baseline ? 'baseline' : 'engine';
      const metrics = evaluate(rankings, groupJudgements(judgements, options.reverse));
      lines.push(JSON.stringify({ metrics: { system, direction: options.reverse ? 'demands-for-listing' : 'listings-for-demand', ...metrics } }));
      process.stderr.write(metricsTable(system, metrics));
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`qiao match-eval: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError || error instanceof DataFileError) {
      process.stderr.write(`qiao match-eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
