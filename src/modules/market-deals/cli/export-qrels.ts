import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connectDatabase } from '../../../platform/db/connection.ts';
import { introductionJudgements } from '../introduction-judgements.ts';

const USAGE = `Usage: DATABASE_URL=postgres://… qiao match-eval --export-qrels FILE

Writes the market's decided introductions as relevance judgements, one JSON line each in the format of
fixtures/match-dev/qrels.jsonl: {"demand": id, "listing": id, "grade": 0-3}, ids being the database's uuids.
Grades (see src/modules/market-deals/introduction-judgements.ts): 3 accepted and signed or later; 2 accepted;
1 declined for stage too early or price; 0 declined as benefit unclear or already solved. Declined for another
reason, still waiting, or without a demand: left out.
`;

/** `qiao match-eval --export-qrels FILE`: exit code 0, or 2 for bad arguments or no DATABASE_URL. */
export async function runExportQrels(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, strict: true, allowPositionals: false, options: { 'export-qrels': { type: 'string' }, help: { type: 'boolean', default: false } } }));
  } catch (error) {
    process.stderr.write(`qiao match-eval: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const file = values['export-qrels'];
  if (!file || !env.DATABASE_URL) {
    process.stderr.write(`qiao match-eval: ${file ? 'DATABASE_URL is not set' : '--export-qrels needs a file'}\n\n${USAGE}`);
    return 2;
  }
  const database = connectDatabase(env.DATABASE_URL, { max: 1 });
  try {
    const judgements = await introductionJudgements(database.db);
    await writeFile(file, judgements.map((judgement) => `${JSON.stringify(judgement)}\n`).join(''));
    process.stderr.write(`qiao match-eval: ${judgements.length} judgements written to ${file}\n`);
    return 0;
  } finally {
    await database.pool.end();
  }
}
