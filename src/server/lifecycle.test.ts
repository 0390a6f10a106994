import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

// The real server process on its own embedded PostgreSQL, as `npm start` runs it (less the web build).
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qiao-lifecycle-'));
fs.chmodSync(dataDir, 0o755);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
}

async function startServer(): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/serve.ts'], { cwd: root, env });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok).catch(() => false);
    if (healthy) return { child, port, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready: ${output}`);
}

function postgresPids(): number[] {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return [];
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return [pid];
  } catch {
    return [];
  }
}

async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function signIn(port: number) {
  return fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'qiao2026demo' }),
  });
}

async function adminSession(port: number) {
  const response = await signIn(port);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'accept-language': 'zh-CN' };
}

const importedName = (i: number) => `青岛断电测试${String(i).padStart(5, '0')}号科技有限公司`;

/** The register's exact size (the list's total is an estimate past a thousand matches). */
async function registerSize(port: number): Promise<number> {
  const headers = await adminSession(port);
  const response = await fetch(`http://127.0.0.1:${port}/api/enterprises/stats`, { headers });
  return ((await response.json()) as { total: number }).total;
}

/** Uploads a CSV to a kind's import and commits it: the import's id and how many of its rows are valid. */
async function uploadAndCommit(port: number, headers: Record<string, string>, path: string, fileName: string, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  const upload = await fetch(`http://127.0.0.1:${port}${path}/imports`, { method: 'POST', headers, body: form });
  expect(upload.status).toBe(201);
  const { id, validRows } = (await upload.json()) as { id: string; validRows: number };
  const commit = await fetch(`http://127.0.0.1:${port}${path}/imports/${id}/commit`, { method: 'POST', headers });
  expect(commit.status).toBe(202);
  return { id, validRows };
}

/** Kills the server while the import's transaction is under way: some rows written in it, none committed. */
async function killWhileImporting(server: Running, headers: Record<string, string>, path: string, id: string) {
  for (let waited = 0; ; waited += 20) {
    const status = (await (await fetch(`http://127.0.0.1:${server.port}${path}/imports/${id}`, { headers })).json()) as { processedRows: number; status: string };
    if (status.status === 'importing' && status.processedRows > 0) break;
    expect(status.status, 'the import finished before it could be interrupted').not.toBe('done');
    expect(waited).toBeLessThan(60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  server.child.kill('SIGKILL');
  await exited(server.child);
}

/** After a restart the import is there in full or not at all; queued again at start, it completes in one piece. */
async function expectWholeAfterRestart(countImported: (port: number) => Promise<number>, rows: number) {
  const restarted = await startServer();
  expect([0, rows]).toContain(await countImported(restarted.port));
  for (let waited = 0; (await countImported(restarted.port)) !== rows; waited += 250) {
    expect(waited).toBeLessThan(90_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  restarted.child.kill('SIGINT');
  expect(await exited(restarted.child)).toBe(0);
}

afterAll(() => {
  for (const pid of postgresPids()) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('server lifecycle on the embedded PostgreSQL', () => {
  it('seeds on first start, survives SIGKILL, keeps data across starts and stops everything on SIGINT', async () => {
    const first = await startServer();
    expect(first.output()).toContain('Demo data loaded');
    expect(first.output()).toContain('qiao2026demo');
    expect((await signIn(first.port)).status).toBe(200);

    // A killed server leaves its PostgreSQL behind; the next start must take the cluster over.
    first.child.kill('SIGKILL');
    await exited(first.child);
    const second = await startServer();
    expect(second.output()).not.toContain('Demo data loaded');
    expect((await signIn(second.port)).status).toBe(200);

    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(postgresPids()).toEqual([]);
  }, 180_000);

  it('leaves an import killed half-way either entirely there or entirely absent', async () => {
    const rows = 12_000;
    const server = await startServer();
    const headers = await adminSession(server.port);
    const before = await registerSize(server.port);
    const countImported = async (port: number) => (await registerSize(port)) - before;
    const csv = ['企业名称,所在地区', ...Array.from({ length: rows }, (_, i) => `${importedName(i)},山东省/青岛市/崂山区`)].join('\n');
    const { id, validRows } = await uploadAndCommit(server.port, headers, '/api/enterprises', '断电测试.csv', csv);
    expect(validRows).toBe(rows);
    await killWhileImporting(server, headers, '/api/enterprises', id);
    await expectWholeAfterRestart(countImported, rows);
  }, 240_000);

  it('leaves a figures import killed half-way either entirely there or entirely absent', async () => {
    // The figures of the enterprises the register import above left, one year each: the first, a middle and the last
    // row's enterprises are read back, all with their figure or none (the rows are written in one transaction).
    const rows = 12_000;
    const server = await startServer();
    const headers = await adminSession(server.port);
    const csv = ['企业名称,年度,营业收入(万元)', ...Array.from({ length: rows }, (_, i) => `${importedName(i)},2023,${100 + i}`)].join('\n');
    const { id, validRows } = await uploadAndCommit(server.port, headers, '/api/enterprises/figures', '断电指标.csv', csv);
    expect(validRows).toBe(rows);
    const sampled = await Promise.all(
      [0, rows / 2, rows - 1].map(async (i) => {
        const found = await fetch(`http://127.0.0.1:${server.port}/api/enterprises?q=${encodeURIComponent(importedName(i))}&pageSize=5`, { headers });
        const { items } = (await found.json()) as { items: { id: string; name: string }[] };
        return items.find((item) => item.name === importedName(i))!.id;
      }),
    );
    await killWhileImporting(server, headers, '/api/enterprises/figures', id);
    const countImported = async (port: number) => {
      const session = await adminSession(port);
      const figures = await Promise.all(
        sampled.map(async (enterpriseId) => {
          const response = await fetch(`http://127.0.0.1:${port}/api/enterprises/${enterpriseId}/figures`, { headers: session });
          return ((await response.json()) as { items: { year: number }[] }).items.filter((item) => item.year === 2023).length;
        }),
      );
      const withFigure = figures.reduce((sum, one) => sum + one, 0);
      // Some of the sampled with their figure and some without would be a half-written import.
      return withFigure === sampled.length ? rows : withFigure === 0 ? 0 : withFigure;
    };
    await expectWholeAfterRestart(countImported, rows);
  }, 240_000);

  it('leaves a project ledger killed half-way either entirely there or entirely absent, 50 bad rows left out', async () => {
    const rows = 5000;
    const server = await startServer();
    const headers = await adminSession(server.port);
    const countImported = async (port: number) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/projects?q=${encodeURIComponent('断电台账')}&pageSize=1`, { headers: await adminSession(port) });
      return ((await response.json()) as { total: number }).total;
    };
    const before = await countImported(server.port);
    // Every hundredth row names a stage there is not; the others are projects at 签约 of 50 enterprises new to the register.
    const line = (i: number) =>
      `断电台账项目${String(i).padStart(4, '0')},青岛断电台账${i % 50}号有限公司,${i % 100 === 37 ? '火星' : '签约'},2024-03-15,${1000 + i},内资`;
    const csv = ['项目名称,企业名称,阶段,签约日期,协议投资额(万元),内资/外资', ...Array.from({ length: rows }, (_, i) => line(i))].join('\n');
    const { id, validRows } = await uploadAndCommit(server.port, headers, '/api/projects', '断电台账.csv', csv);
    expect(validRows).toBe(4950);
    await killWhileImporting(server, headers, '/api/projects', id);
    await expectWholeAfterRestart(async (port) => (await countImported(port)) - before, 4950);
  }, 240_000);
});
