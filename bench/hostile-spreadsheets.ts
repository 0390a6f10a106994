// Hostile spreadsheet benchmark, run by hand (not part of the tests):
//   npx tsx bench/hostile-spreadsheets.ts
// Reads each file (ordinary sheets, then hostile ones) as an upload would (readSpreadsheet) and prints how long it
// took to be read or refused, how much the process's memory grew meanwhile, and the longest the event loop was held
// (other requests wait that long).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AppError } from '../src/platform/http/errors.ts';
import { emptyRowBomb, repeatedPart, rowBomb, sheetEnd, sheetStart, workbook } from '../src/platform/imports/hostile-workbooks.ts';
import { readSpreadsheet } from '../src/platform/imports/read-spreadsheet.ts';

// A full import's worth of ordinary rows: the XML reader's speed on what users really upload.
const fullSheet = () => {
  const cell = (column: string) => `<c r="${column}" t="inlineStr"><is><t>青岛&amp;崂山有限公司</t></is></c>`;
  const row = `<row>${[...'ABCDEFGHIJKLM'].map(cell).join('')}</row>`;
  return workbook(repeatedPart('xl/worksheets/sheet1.xml', `${sheetStart}<row><c t="s"><v>0</v></c></row>`, row.repeat(1000), 50, sheetEnd));
};
// 30 MB of empty rows (5 million), read to the end: the reader's throughput on a large part.
const emptyRows = () => workbook(repeatedPart('xl/worksheets/sheet1.xml', sheetStart, '<row/>'.repeat(1 << 17), 40, sheetEnd));

const cases: [string, string, () => Buffer][] = [
  ['50,000 rows of 13 cells', 'full.xlsx', fullSheet],
  ['30 MB of empty rows', 'empty.xlsx', emptyRows],
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
