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
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), '断电测试.csv');
    const upload = await fetch(`http://127.0.0.1:${server.port}/api/enterprises/imports`, { method: 'POST', headers, body: form });
    expect(upload.status).toBe(201);
    const { id, validRows } = (await upload.json()) as { id: string; validRows: number };
    expect(validRows).toBe(rows);
    const commit = await fetch(`http://127.0.0.1:${server.port}/api/enterprises/imports/${id}/commit`, { method: 'POST', headers });
    expect(commit.status).toBe(202);

    // Kill the server while the import's transaction is under way.
    for (let waited = 0; ; waited += 20) {
      const status = (await (await fetch(`http://127.0.0.1:${server.port}/api/enterprises/imports/${id}`, { headers })).json()) as { processedRows: number; status: string };
      if (status.status === 'importing' && status.processedRows > 0) break;
      expect(status.status, 'the import finished before it could be interrupted').not.toBe('done');
      expect(waited).toBeLessThan(60_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    server.child.kill('SIGKILL');
    await exited(server.child);

    const restarted = await startServer();
    expect([0, rows]).toContain(await countImported(restarted.port));
    // The interrupted import is queued again at start and completes in one piece.
    for (let waited = 0; (await countImported(restarted.port)) !== rows; waited += 250) {
      expect(waited).toBeLessThan(90_000);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    restarted.child.kill('SIGINT');
    expect(await exited(restarted.child)).toBe(0);
  }, 240_000);
});
