/**
 * The enterprise register under load: `npm run bench:enterprises -- --enterprises 10000 --clients 200` drives the
 * list and search with 200 signed-in clients at once beside GET /healthz in the same run;
 * `--enterprises 1000000 --clients 1` gives single-client latencies at a province-wide register.
 *
 * Uses DATABASE_URL, else the PostgreSQL on 127.0.0.1:5432, creating a scratch database that it drops at the end
 * (`--keep` keeps it; `--database name` uses and keeps that one, loading only the enterprises it lacks).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { hashPassword } from '../src/platform/auth/password.ts';
import { connectDatabase } from '../src/platform/db/connection.ts';
import { applyMigrations, ensureDatabase } from '../src/platform/db/migrate.ts';
import type { Jobs } from '../src/platform/jobs/jobs.ts';
import { buildApp } from '../src/server/app.ts';
import { startModuleJobs } from '../src/server/compose.ts';
import { modules } from '../src/server/modules.ts';
import type { ClientTimings, ClientWorkload } from './enterprise-clients.ts';

const { values: options } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '10000' },
    clients: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '10' },
    database: { type: 'string' },
    keep: { type: 'boolean', default: false },
    pool: { type: 'string', default: String(loadConfig({}).databasePoolSize) },
  },
});
const enterpriseCount = Number(options.enterprises);
const clientCount = Number(options.clients);
/** Each client makes this many rounds of (list, search, healthz): a bounded run. */
const rounds = Number(options.rounds);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = options.database ?? `qiao_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();

// Names as Shandong registers them: place, a two-character core, the line of business, the legal form.
const places = ['青岛', '济南', '烟台', '潍坊', '临沂', '淄博', '济宁', '威海', '日照', '德州', '聊城', '滨州', '菏泽', '泰安', '枣庄', '东营'];
const coreCharacters = [...'海天华鑫源恒泰盛达瑞丰宏博创新安康信德汇金鼎嘉隆兴凯通远明光正伟中联合东方明诚和裕祥福永春佳美友利晟昊辰宇航卓越星汉银川峰山林森蓝青'];
const trades = ['科技', '电子', '机械', '食品', '物流', '生物', '新材料', '信息技术', '环保', '化工', '纺织', '建设工程', '医药', '海洋', '智能装备', '软件', '贸易', '能源', '汽车零部件', '文化传媒'];
const legalForms = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];
const searchTerms = ['海', '青岛', '科技', '海天', '生物', '智能装备', '鑫源电子', '济南华', '股份', '新材料有限'];

/**
 * Runs bench/enterprise-clients.ts in a process of its own and waits for its timings; `onMeasuring` is called when
 * its warm-up round is over and the measured rounds begin.
 */
function runClients(workload: ClientWorkload, onMeasuring: () => void): Promise<ClientTimings> {
  return new Promise((resolve, reject) => {
    const clients = fork(new URL('./enterprise-clients.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    clients.on('message', (message) => {
      if ((message as { measuring?: boolean }).measuring) onMeasuring();
      else resolve(message as ClientTimings);
    });
    clients.once('error', reject);
    clients.once('exit', (code) => code !== 0 && reject(new Error(`the clients' process stopped with code ${code}`)));
    clients.send(workload);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99) };
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Bulk insert in SQL, with the text indexes built once at the end rather than maintained row by row. */
async function loadEnterprises(client: pg.Client, total: number) {
  const started = performance.now();
  const { rows: deferred } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'enterprises'
       AND indexname IN ('enterprises_search_grams_idx', 'enterprises_name_pinyin_idx', 'enterprises_name_keys_idx')`,
  );
  for (const index of deferred) await client.query(`DROP INDEX ${index.indexname}`);
  const batch = 100_000;
  for (let done = 0; done < total; done += batch) {
    const size = Math.min(batch, total - done);
    await client.query(
      `WITH picked AS (
         SELECT $1::text[] AS places, $2::text[] AS cores, $3::text[] AS trades, $4::text[] AS forms,
                (SELECT array_agg(code) FROM regions WHERE kind = 'district' AND code LIKE '37%') AS districts,
                (SELECT array_agg(code) FROM industries WHERE level = 4) AS classes
       ), generated AS (
         SELECT places[1 + floor(random() * cardinality(places))::int]
                  || cores[1 + floor(random() * cardinality(cores))::int]
                  || cores[1 + floor(random() * cardinality(cores))::int]
                  || trades[1 + floor(random() * cardinality(trades))::int]
                  || forms[1 + floor(random() * cardinality(forms))::int] AS name,
                districts[1 + floor(random() * cardinality(districts))::int] AS region_code,
                classes[1 + floor(random() * cardinality(classes))::int] AS industry_code,
                (ARRAY['large', 'medium', 'small', 'micro', 'micro', 'small', NULL])[1 + floor(random() * 7)::int] AS size_class,
                round((random() * 10000)::numeric, 2) AS capital,
                now() - random() * interval '3 years' AS stamp,
                date '1990-01-01' + floor(random() * 12000)::int AS founded_on
         FROM picked, generate_series(1, $5::int)
       )
       INSERT INTO enterprises (name, search_text, name_keys, region_code, industry_code, size_class,
                                registered_capital_wan, founded_on, created_at, updated_at)
       SELECT name, lower(name), ARRAY[name], region_code, industry_code, size_class, capital, founded_on, stamp, stamp
       FROM generated`,
      [places, coreCharacters, trades, legalForms, size],
    );
    process.stderr.write(`\r  ${(done + size).toLocaleString()} enterprises`);
  }
  process.stderr.write('\n');
  const inserted = performance.now();
  await client.query(`SET maintenance_work_mem = '1GB'`);
  for (const index of deferred) await client.query(index.indexdef);
  await client.query(`INSERT INTO tags (name, name_key, color) SELECT n, n, 'blue' FROM unnest(ARRAY['高新技术企业', '专精特新', '瞪羚企业', '规上企业', '外资企业']) AS n`);
  await client.query(`INSERT INTO enterprise_tags SELECT e.id, t.id FROM enterprises e CROSS JOIN tags t WHERE random() < 0.05`);
  await client.query('VACUUM ANALYZE enterprises');
  await client.query('VACUUM ANALYZE enterprise_tags');
  const done = performance.now();
  console.log(`loaded ${total.toLocaleString()} enterprises: insert ${((inserted - started) / 1000).toFixed(0)} s, indexes and tags ${((done - inserted) / 1000).toFixed(0)} s`);
}

/** Signed-in users sharing one password hash, so that preparing 200 of them takes one argon2 run. */
async function createUsers(client: pg.Client, count: number, password: string): Promise<string[]> {
  const hash = await hashPassword(password);
  const { rows } = await client.query<{ username: string }>(
    `INSERT INTO users (username, username_key, display_name, password_hash, roles)
     SELECT 'bench' || n || '_' || $3, 'bench' || n || '_' || $3, 'bench ' || n, $1, ARRAY['officer']
     FROM generate_series(1, $2::int) AS n RETURNING username`,
    [hash, count, randomBytes(3).toString('hex')],
  );
  return rows.map((row) => row.username);
}

async function main() {
  if (!Number.isInteger(enterpriseCount) || enterpriseCount < 1 || !Number.isInteger(clientCount) || clientCount < 1) {
    throw new Error('--enterprises and --clients take positive whole numbers');
  }
  await ensureDatabase(serverUrl, databaseName);
  await applyMigrations(databaseUrl);
  await onServer(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises');
    if ((rows[0]?.n ?? 0) < enterpriseCount) await loadEnterprises(client, enterpriseCount - (rows[0]?.n ?? 0));
  });
  const password = 'bench-password-1';
  const usernames = await onServer(databaseUrl, (client) => createUsers(client, clientCount, password));

  const database = connectDatabase(databaseUrl, { max: Number(options.pool) });
  const jobs: Jobs = { define: async () => {}, send: async () => null, stop: async () => {} };
  const ctx = { db: database.db, pool: database.pool, config: { ...loadConfig({}), databaseUrl }, jobs };
  await startModuleJobs(ctx, modules);
  const app = await buildApp(ctx, { modules });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  try {
    const sessions: string[] = [];
    const signInStarted = performance.now();
    for (const username of usernames) {
      const response = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('qiao_session='));
      sessions.push(cookie!.split(';')[0]!);
    }

    console.log(`signed in ${sessions.length} clients in ${((performance.now() - signInStarted) / 1000).toFixed(0)} s`);
    // Sessions last used over a minute ago are touched (a write) on their next request; one unmeasured request
    // each keeps that one-time burst of 200 writes, an artefact of signing everyone in first, out of the figures.
    await Promise.all(sessions.map((cookie) => fetch(`${address}/api/auth/me`, { headers: { cookie } }).then((r) => r.arrayBuffer())));

    // The clients run in a process of their own, as a separate load generator would, so that making and reading
    // 200 clients' requests does not share the server's event loop and inflate its figures.
    let started = performance.now();
    let cpuBefore = process.cpuUsage();
    const timings = await runClients({ address, sessions, rounds, searchTerms }, () => {
      started = performance.now();
      cpuBefore = process.cpuUsage();
    });
    const cpu = process.cpuUsage(cpuBefore);
    const seconds = (performance.now() - started) / 1000;
    const requests = timings.list.length * 3;
    const healthz = summary(timings.healthz);
    console.log(
      `\n${enterpriseCount.toLocaleString()} enterprises, ${clientCount} concurrent clients × ${rounds} rounds; ` +
        `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
        `pool of ${options.pool}; ${(requests / seconds).toFixed(0)} requests/s; ` +
        // Less noisy than the rate when other work shares the machine.
        `server CPU ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms per request; ` +
        `unmeasured warm-up round ${((timings.warmUp?.[0] ?? 0) / 1000).toFixed(1)} s`,
    );
    console.log('| | p50 | p95 | p99 | p95 ÷ /healthz p95 |');
    console.log('|---|---|---|---|---|');
    for (const kind of ['list', 'search', 'healthz'] as const) {
      const s = summary(timings[kind]);
      console.log(`| ${kind} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${(s.p95 / healthz.p95).toFixed(2)}× |`);
    }
  } finally {
    await app.close();
    await database.pool.end();
    if (!options.keep && !options.database) {
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
    } else {
      console.log(`kept database ${databaseName}`);
    }
  }
}

await main();
