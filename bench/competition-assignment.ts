/**
 * Judges' assignment at a round's scale: `npm run bench:assignment` times `assignJudges` on synthetic rounds of
 * 60 entries × 5 judges, 1000 × 40 and 5000 × 100, 5 judges per entry (`--per-entry`), target p95 ≤ 300 ms at
 * 1000 × 40, as the organiser's request waits for it. Each size is timed beside a reference in the same run,
 * `JSON.stringify` of the same input, so that a busy machine shows in the reference as well.
 *
 * A round: 8 tracks, each judge knowing 1 to 3 of them and a few tracks known by few judges (so that some entries
 * need judges outside their field), a fifth of the judges from an entrant's organisation, and declared conflicts on
 * 1 % of the pairs. Each size also reports the spread of the judges' loads and how many pairs are outside the field.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { assignJudges, type AssignmentInput } from '../src/modules/competition/judging/assign-judges.ts';
import { seededRandom } from '../src/server/seeded-random.ts';

const { values: options } = parseArgs({
  options: {
    'per-entry': { type: 'string', default: '5' },
    runs: { type: 'string', default: '20' },
  },
});
const judgesPerEntry = Number(options['per-entry']);
const runs = Number(options.runs);
const sizes = [
  { entries: 60, judges: 5 },
  { entries: 1000, judges: 40 },
  { entries: 5000, judges: 100 },
];

function syntheticRound(entryCount: number, judgeCount: number): AssignmentInput {
  const random = seededRandom(entryCount * 7919 + judgeCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const tracks = ['ai', 'biotech', 'new-energy', 'marine', 'manufacturing', 'materials', 'software', 'health'];
  // Later tracks are known by fewer judges: a track's share of the experts falls from the first to the last
  const knownTrack = () => tracks[Math.floor(tracks.length * random() ** 1.6)]!;
  const organisations = Array.from({ length: Math.max(3, entryCount / 4) }, (_, index) => `org-${index}`);
  const entries = Array.from({ length: entryCount }, (_, index) => ({ entryId: `entry-${index}`, field: pick(tracks), organisationId: pick(organisations) }));
  const judges = Array.from({ length: judgeCount }, (_, index) => ({
    judgeId: `judge-${index}`,
    fields: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, knownTrack))],
    organisationId: random() < 0.2 ? pick(organisations) : null,
  }));
  const declaredConflicts = Array.from({ length: Math.round(entryCount * judgeCount * 0.01) }, () => ({ judgeId: pick(judges).judgeId, entryId: pick(entries).entryId }));
  return { entries, judges, declaredConflicts, judgesPerEntry };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function timed(run: () => unknown): { p50: number; p95: number } {
  run(); // warm-up, unmeasured
  const samples = Array.from({ length: runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log(`${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${judgesPerEntry} judges per entry, ${runs} runs each`);
console.log('| entries × judges | assignJudges p50 | p95 | JSON.stringify p50 | p95 | p95 ÷ reference p95 | load spread | outside field | short |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const size of sizes) {
  const input = syntheticRound(size.entries, size.judges);
  const result = assignJudges(input);
  const solver = timed(() => assignJudges(input));
  const reference = timed(() => JSON.stringify(input));
  const loads = result.loads.map(({ entries }) => entries);
  const outside = result.assignments.reduce((sum, { outsideFieldJudgeIds }) => sum + outsideFieldJudgeIds.length, 0);
  const short = result.shortfalls.reduce((sum, { missing }) => sum + missing, 0);
  console.log(
    `| ${size.entries} × ${size.judges} | ${ms(solver.p50)} | ${ms(solver.p95)} | ${ms(reference.p50)} | ${ms(reference.p95)} | ${(solver.p95 / reference.p95).toFixed(1)}× ` +
      `| ${Math.min(...loads)}–${Math.max(...loads)} | ${outside} | ${short} |`,
  );
}
console.log(`load at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
