// Hostile spreadsheet benchmark, run by hand (not part of the tests):
//   npx tsx bench/hostile-spreadsheets.ts
// Reads each hostile file as an upload would (readSpreadsheet) and prints how long it took to be refused, how much
// the process's memory grew meanwhile, and the longest the event loop was held (other requests wait that long).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AppError } from '../src/platform/http/errors.ts';
import { emptyRowBomb, rowBomb, workbook } from '../src/modules/enterprises/imports/hostile-workbooks.ts';
import { readSpreadsheet } from '../src/modules/enterprises/imports/read-spreadsheet.ts';

const cases: [string, string, () => Buffer][] = [
  ['3 million one-cell rows', 'rows.xlsx', rowBomb],
  ['1 GB sheet, declared', 'bomb.xlsx', () => workbook(emptyRowBomb())],
  ['1 GB sheet, declared 2 kB', 'liar.xlsx', () => workbook({ ...emptyRowBomb(), claimedSize: 2000 })],
  ['3 million CSV lines', 'rows.csv', () => Buffer.from('企业名称\n'.concat('甲\n'.repeat(3_000_000)))],
];

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const results = [];
for (const [name, fileName, build] of cases) {
  const content = build();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const outcome = await readSpreadsheet(fileName, content).then(
    () => 'read',
    (error: unknown) => (error instanceof AppError ? `${error.status} ${error.code}` : String(error)),
  );
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  clearInterval(sampler);
  results.push({ name, fileMB: megabytes(content.length), outcome, seconds: seconds.toFixed(2), rssGrowthMB: megabytes(peak - before), longestBlockMs: (delay.max / 1e6).toFixed(0) });
}
console.table(results);
console.log(JSON.stringify(results));
