import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMatchEval } from './match-eval.ts';

const fixture = (file: string) => new URL(`../../../../fixtures/match-dev/${file}`, import.meta.url).pathname;
const DEV = ['--listings', fixture('listings.jsonl'), '--demands', fixture('demands.jsonl')];

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await runMatchEval(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('qiao match-eval', () => {
  it('prints one ranking per demand and, with judgements, the metrics; the engine beats the baseline', async () => {
    const engine = await run([...DEV, '--qrels', fixture('qrels.jsonl'), '--top', '10']);
    const baseline = await run([...DEV, '--qrels', fixture('qrels.jsonl'), '--baseline']);
    expect(engine.code).toBe(0);
    const output = lines(engine.stdout);
    expect(output).toHaveLength(41);
    expect(output[0]).toEqual({ demand: 'DEV-D001', ranked: expect.any(Array) });
    expect((output[0]?.ranked as string[]).length).toBe(10);
    const metrics = (result: typeof engine) => lines(result.stdout).at(-1)?.metrics as Record<string, number>;
    expect(metrics(engine)).toMatchObject({ system: 'engine', queries: 40 });
    expect(metrics(baseline)).toMatchObject({ system: 'baseline', queries: 40 });
    for (const name of ['ndcg@10', 'recall@10', 'mrr']) expect(metrics(engine)[name]).toBeGreaterThan(metrics(baseline)[name]!);
    expect(engine.stderr).toMatch(/nDCG@10\s+0\.\d{4}/);
  });

  it('ranks demands for listings with --reverse and adds explanations with --explain', async () => {
    const { code, stdout } = await run([...DEV, '--reverse', '--explain', '--top', '3']);
    expect(code).toBe(0);
    const [first] = lines(stdout);
    expect(first).toMatchObject({ listing: 'DEV-L001' });
    const [explanation] = first?.explanations as Array<Record<string, unknown>>;
    expect(explanation).toMatchObject({ id: (first?.ranked as string[])[0], criteria: expect.any(Array), sharedTerms: expect.any(Array) });
  });

  it.each([
    ['a bad JSON line', '{"id": "L1", "title": "t", "summary": "s"}\n{oops\n', /bad\.jsonl:2: not valid JSON/],
    ['a missing field', '{"id": "L1", "summary": "s"}\n', /bad\.jsonl:1: missing field "title"/],
    ['an empty file', '', /bad\.jsonl: the file is empty/],
  ])('stops with exit code 2 and a one-line message on %s', async (_, content, message) => {
    const path = join(mkdtempSync(join(tmpdir(), 'qiao-cli-')), 'bad.jsonl');
    writeFileSync(path, content);
    const { code, stdout, stderr } = await run(['--listings', path, '--demands', fixture('demands.jsonl')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('pools the listings of several --listings files and refuses an id found in two of them', async () => {
    const hard = (file: string) => fixture(file).replace('/match-dev/', '/match-dev-hard/');
    const pooled = ['--listings', fixture('listings.jsonl'), '--listings', hard('listings.jsonl'), '--demands', hard('demands.jsonl')];
    const { code, stdout } = await run(pooled);
    expect(code).toBe(0);
    const ranked = lines(stdout).flatMap((line) => line.ranked as string[]);
    expect(ranked.some((id) => id.startsWith('DEV-L'))).toBe(true);
    expect(ranked.some((id) => id.startsWith('HARD-L'))).toBe(true);
    const twice = await run(['--listings', fixture('listings.jsonl'), '--listings', fixture('listings.jsonl'), '--demands', fixture('demands.jsonl')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/duplicate id "DEV-L001"/);
  });

  it('explains its usage on a bad option', async () => {
    const { code, stderr } = await run([...DEV, '--top', 'ten']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--top must be a positive integer/);
    expect(stderr).toMatch(/Usage: qiao match-eval/);
  });
});
