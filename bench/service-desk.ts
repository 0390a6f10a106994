/**
 * The service desk under a crowd, a crash and a second instance: `npm run bench:desk -- --users 200 --seconds 60`.
 *
 * In a scratch database (DATABASE_URL, else the PostgreSQL on 127.0.0.1:5432; dropped at the end unless --keep) the
 * real server runs as a child process (`src/server/serve.ts`, demo data seeded), and:
 *   1. load: --users enterprise users, each signed in, submit requests over loopback for --seconds (each sends the next
 *      once the last is answered), while one client reads the trivial /healthz every 20 ms on the same server; p50/p95
 *      of both, and every acknowledged request found in the database afterwards;
 *   2. crash: the same crowd for --seconds again, the server SIGKILLed a third of the way in and started again; a
 *      submission that got no answer is sent again with the same idempotency key until it is acknowledged, as the web
 *      form does; afterwards every acknowledged reference is stored exactly once, every open request still has its SLA
 *      timers, and once the due timers have fired (the bench's policy has one- and two-minute targets) no escalation
 *      was notified twice;
 *   3. two instances: a second server on the same database; an agent's event stream on it hears of a request
 *      submitted through the first; the delay p50/p95 over --probes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: options } = parseArgs({
  options: {
    users: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    probes: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
});
const userCount = Number(options.users);
const seconds = Number(options.seconds);
const probeCount = Number(options.probes);
const password = 'Bench-desk-2026-qiao';
const root = path.resolve(import.meta.dirname, '..');

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `qiao_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  base: string;
}

async function startServer(port: number): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'true' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/serve.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 180_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false)) return { child, base };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready');
}

async function stopServer(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}

interface Session {
  headers: Record<string, string>;
}

async function signIn(base: string, username: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`${username} could not sign in: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', 'accept-language': 'zh-CN' } };
}

/** The accounts of the crowd and of the agent who listens, made straight in the database like an import would. */
async function createAccounts(client: pg.Client): Promise<{ enterpriseUsers: string[]; agent: string }> {
  const { hashPassword } = await import('../src/platform/auth/password.ts');
  const hash = await hashPassword(password);
  const { rows: enterprises } = await client.query<{ id: string }>('SELECT id FROM enterprises ORDER BY id LIMIT $1', [userCount]);
  if (enterprises.length === 0) throw new Error('the demo data holds no enterprise');
  const enterpriseUsers = Array.from({ length: userCount }, (_, i) => `bench-ent-${i}`);
  for (const [i, username] of enterpriseUsers.entries()) {
    await client.query(
      `INSERT INTO users (username, username_key, display_name, password_hash, roles, enterprise_id) VALUES ($1, $1, $2, $3, '{enterprise}', $4)`,
      [username, `压测企业用户${i}`, hash, enterprises[i % enterprises.length]!.id],
    );
  }
  const agent = 'bench-agent';
  await client.query(`INSERT INTO users (username, username_key, display_name, password_hash, roles) VALUES ($1, $1, '压测坐席', $2, '{agent,leader}')`, [agent, hash]);
  return { enterpriseUsers, agent };
}

interface LoadResult {
  acknowledged: Map<string, string>;
  latencies: number[];
  retries: number;
  errors: Map<string, number>;
}

/** Each user submits one request after another until `until`; one that got no answer is sent again, same key. */
async function runCrowd(sessions: Session[], target: () => string, categoryCode: string, until: number): Promise<LoadResult> {
  const result: LoadResult = { acknowledged: new Map(), latencies: [], retries: 0, errors: new Map() };
  const count = (what: string) => result.errors.set(what, (result.errors.get(what) ?? 0) + 1);
  await Promise.all(
    sessions.map(async (session, i) => {
      while (Date.now() < until) {
        const idempotencyKey = randomUUID();
        const body = JSON.stringify({ categoryCode, priority: 'urgent', locationText: `博览中心 ${1 + (i % 9)} 号馆`, description: `压测：第 ${i} 位用户报修，断电。`, idempotencyKey });
        for (;;) {
          const started = performance.now();
          const response = await fetch(`${target()}/api/service-requests`, { method: 'POST', headers: session.headers, body }).catch(() => null);
          if (response && (response.status === 201 || response.status === 200)) {
            const { reference } = (await response.json()) as { reference: string };
            result.latencies.push(performance.now() - started);
            result.acknowledged.set(idempotencyKey, reference);
            break;
          }
          if (response) {
            count(String(response.status));
            await response.body?.cancel();
            if (response.status < 500 && response.status !== 429) break;
          } else count('no answer');
          // No answer (the server is down) or a 5xx: the same submission again, as the web form retries.
          result.retries += 1;
          await sleep(200);
        }
      }
    }),
  );
  return result;
}

async function probeTrivial(target: () => string, until: number): Promise<number[]> {
  const latencies: number[] = [];
  while (Date.now() < until) {
    const started = performance.now();
    const ok = await fetch(`${target()}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) latencies.push(performance.now() - started);
    await sleep(20);
  }
  return latencies;
}

async function storedOnce(client: pg.Client, acknowledged: Map<string, string>): Promise<{ missing: number; doubled: number }> {
  const { rows } = await client.query<{ idempotency_key: string; reference: string; n: number }>(
    'SELECT idempotency_key, min(reference) AS reference, count(*)::int AS n FROM service_requests WHERE idempotency_key = ANY($1) GROUP BY idempotency_key',
    [[...acknowledged.keys()]],
  );
  const stored = new Map(rows.map((row) => [row.idempotency_key, row]));
  let missing = 0;
  let doubled = 0;
  for (const [key, reference] of acknowledged) {
    const row = stored.get(key);
    if (!row || row.reference !== reference) missing += 1;
    else if (row.n > 1) doubled += 1;
  }
  return { missing, doubled };
}

async function countOf(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql);
  return rows[0]?.n ?? 0;
}

/**
 * Power and utilities: a power cut is the crowd's request. Its urgent policy is cut to one minute's response and two
 * minutes' resolution around the clock, so that the warnings and breaches fall due during the run.
 */
async function benchCategory(client: pg.Client): Promise<string> {
  const { rowCount } = await client.query(
    `UPDATE service_sla_policies SET first_response_minutes = 1, resolution_minutes = 2, calendar = 'always' WHERE category_code = 'utilities' AND priority = 'urgent'`,
  );
  if (rowCount !== 1) throw new Error('no urgent policy for power and utilities');
  return 'utilities';
}

/**
 * The SLA timers after the crash: every request still open has the timers of its running targets (none lost), and
 * once the due ones have fired, no escalation was told twice to anyone (none doubled).
 */
async function checkTimers(client: pg.Client): Promise<void> {
  const deskTimers = await countOf(client, `SELECT count(*)::int AS n FROM timers WHERE handler LIKE 'service-desk.%'`);
  if (deskTimers === 0) {
    console.log('    SLA timers: the desk schedules none (not wired), nothing to check');
    return;
  }
  const withoutTimers = await countOf(client, 
    `SELECT count(*)::int AS n FROM service_requests r WHERE r.state NOT IN ('resolved', 'closed', 'waiting_on_enterprise')
       AND NOT EXISTS (SELECT 1 FROM timers t WHERE t.handler LIKE 'service-desk.%' AND t.key LIKE 'service-request:' || r.id || ':%')`,
  );
  const started = Date.now();
  for (;;) {
    const due = await countOf(client, `SELECT count(*)::int AS n FROM timers WHERE fire_at <= now() AND fired_at IS NULL AND given_up_at IS NULL`);
    if (due === 0 && Date.now() - started > 150_000) break;
    if (Date.now() - started > 600_000) throw new Error(`${due} timers still due after ten minutes`);
    await sleep(5_000);
  }
  const { rows: [fired] } = await client.query<{ fired: number; given_up: number }>(
    `SELECT count(*) FILTER (WHERE fired_at IS NOT NULL)::int AS fired, count(*) FILTER (WHERE given_up_at IS NOT NULL)::int AS given_up FROM timers WHERE handler LIKE 'service-desk.%'`,
  );
  const doubled = await countOf(client, 
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM notifications WHERE kind LIKE '%sla%' GROUP BY user_id, kind, record_id, message, params HAVING count(*) > 1) twice`,
  );
  console.log(`    SLA timers: ${withoutTimers} open requests without their timers; ${fired!.fired} fired, ${fired!.given_up} given up; escalations told twice: ${doubled}`);
}

/** An agent's event stream on the second instance, and requests submitted through the first: how soon it hears. */
async function probeLiveQueues(first: Server, second: Server, agent: string, submitter: Session, categoryCode: string): Promise<number[]> {
  const session = await signIn(second.base, agent);
  const abort = new AbortController();
  const response = await fetch(`${second.base}/api/notifications/stream`, { headers: session.headers, signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`the stream answered ${response.status}`);
  const heard = new Map<string, number>();
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (/^event: change$/m.test(event) && data) {
          const { ids } = JSON.parse(data) as { topic: string; ids: string[] | null };
          for (const id of ids ?? []) if (!heard.has(id)) heard.set(id, performance.now());
        }
      }
    }
  })().catch(() => undefined);
  await sleep(500);
  const delays: number[] = [];
  for (let i = 0; i < probeCount; i++) {
    const sent = performance.now();
    const submitted = await fetch(`${first.base}/api/service-requests`, {
      method: 'POST',
      headers: submitter.headers,
      body: JSON.stringify({ categoryCode, priority: 'urgent', locationText: '博览中心 A 馆', description: `两实例探测 ${i}`, idempotencyKey: randomUUID() }),
    });
    const { id } = (await submitted.json()) as { id: string };
    for (let waited = 0; waited < 5_000 && !heard.has(id); waited += 10) await sleep(10);
    const at = heard.get(id);
    if (at !== undefined) delays.push(at - sent);
    await sleep(100);
  }
  abort.abort();
  await reading;
  return delays;
}

function report(name: string, result: LoadResult, trivial: number[], durationSeconds: number) {
  const submit = summary(result.latencies);
  const health = summary(trivial);
  console.log(`  ${name}: ${result.acknowledged.size} requests acknowledged in ${durationSeconds} s (${(result.acknowledged.size / durationSeconds).toFixed(0)}/s), ${result.retries} sent again`);
  console.log(`    submit p50 ${ms(submit.p50)}, p95 ${ms(submit.p95)}; /healthz beside it p50 ${ms(health.p50)}, p95 ${ms(health.p95)} (ratio p50 ${(submit.p50 / health.p50).toFixed(1)}×, p95 ${(submit.p95 / health.p95).toFixed(1)}×)`);
  if (result.errors.size > 0) console.log(`    refused or unanswered along the way: ${JSON.stringify(Object.fromEntries(result.errors))}`);
}

async function main() {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; node ${process.version}`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  const servers: Server[] = [];
  try {
    const port = await freePort();
    let first = await startServer(port);
    servers.push(first);
    await client.connect();
    const accounts = await createAccounts(client);
    const categoryCode = await benchCategory(client);
    // Twenty at a time: sign-in counts an attempt before checking the password, and more than fifty at once from one
    // address would be refused as password guessing.
    const sessions: Session[] = [];
    for (let start = 0; start < accounts.enterpriseUsers.length; start += 20) {
      sessions.push(...(await Promise.all(accounts.enterpriseUsers.slice(start, start + 20).map((username) => signIn(first.base, username)))));
    }
    const target = () => first.base;

    console.log(`1. load: ${userCount} enterprise users submitting for ${seconds} s`);
    let until = Date.now() + seconds * 1000;
    const [load, loadTrivial] = await Promise.all([runCrowd(sessions, target, categoryCode, until), probeTrivial(target, until)]);
    report('load', load, loadTrivial, seconds);
    const loadStored = await storedOnce(client, load.acknowledged);
    console.log(`    stored: ${load.acknowledged.size - loadStored.missing} of ${load.acknowledged.size} acknowledged (missing ${loadStored.missing}, doubled ${loadStored.doubled})`);

    console.log(`2. crash: the same crowd for ${seconds} s, the server SIGKILLed after ${Math.round(seconds / 3)} s and started again`);
    until = Date.now() + seconds * 1000;
    const crowd = Promise.all([runCrowd(sessions, target, categoryCode, until), probeTrivial(target, until)]);
    await sleep((seconds / 3) * 1000);
    await stopServer(first, 'SIGKILL');
    const killedAt = Date.now();
    first = await startServer(port);
    servers[0] = first;
    console.log(`    back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
    const [crash, crashTrivial] = await crowd;
    report('crash', crash, crashTrivial, seconds);
    const crashStored = await storedOnce(client, crash.acknowledged);
    console.log(`    stored: ${crash.acknowledged.size - crashStored.missing} of ${crash.acknowledged.size} acknowledged (missing ${crashStored.missing}, doubled ${crashStored.doubled})`);
    await checkTimers(client);

    console.log(`3. two instances: an agent's stream on the second hears a request submitted through the first`);
    const second = await startServer(await freePort());
    servers.push(second);
    const delays = await probeLiveQueues(first, second, accounts.agent, sessions[0]!, categoryCode);
    const live = summary(delays);
    console.log(`    heard ${live.n} of ${probeCount}: p50 ${ms(live.p50)}, p95 ${ms(live.p95)}`);
  } finally {
    for (const server of servers) await stopServer(server, 'SIGTERM');
    await client.end().catch(() => undefined);
    if (!options.keep) await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
