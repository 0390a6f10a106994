/**
 * The investment figures at a district's scale: `npm run bench:investment` loads 100,000 projects moved through
 * their stages (with their workflow transitions, signings, agreement files, re-signings and capital increases) and
 * 1,000,000 visits into the database `qiao_bench_investment`, then measures, through the real server over HTTP,
 * the report's funnel route (`GET /api/reports/investment/funnel`, this year) and the kanban's read (`GET
 * /api/projects?page=1&pageSize=200`, as ProjectBoard.tsx asks for it: all projects for a leader, their own for an
 * officer), one request at a time, as a leader and as an officer of one of 20 teams.
 *
 * `--projects 10000 --visits 100000 --requests 50` runs it small. The database is created at the start (dropped
 * first if a run left it behind) and dropped at the end unless `--keep`. Uses DATABASE_URL, else the PostgreSQL on
 * 127.0.0.1:5432.
 */
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
import { forwardMoves, pipelineStages } from '../src/modules/investment-projects/project-stages.ts';
import { startAction } from '../src/platform/workflow/workflow.ts';

const { values: options } = parseArgs({
  options: {
    projects: { type: 'string', default: '100000' },
    visits: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});
const projectCount = Number(options.projects);
const visitCount = Number(options.visits);
const requestCount = Number(options.requests);
const teamCount = 20;
const officersPerTeam = 3;
const enterpriseCount = Math.max(1000, Math.round(projectCount / 4));

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = 'qiao_bench_investment';
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
const password = 'bench-password-1';

/** The action moving into each pipeline stage, as the workflow names it (project-stages.ts). */
const actionInto = pipelineStages.map((stage) => Object.entries(forwardMoves).find(([, move]) => move.to === stage)?.[0] ?? startAction);

async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function timed(label: string, run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Everything in bulk SQL (generate_series), a statement per table. */
async function load(client: pg.Client) {
  const hash = await hashPassword(password);
  await timed('teams, users, memberships', async () => {
    await client.query(`INSERT INTO teams (name, name_key) SELECT '招商' || n || '科', '招商' || n || '科' FROM generate_series(1, $1::int) n`, [teamCount]);
    await client.query(
      `INSERT INTO users (username, username_key, display_name, password_hash, roles)
       SELECT 'leader', 'leader', '领导', $1, ARRAY['leader']
       UNION ALL
       SELECT 'officer' || n, 'officer' || n, '招商员' || n, $1, ARRAY['officer'] FROM generate_series(1, $2::int) n`,
      [hash, teamCount * officersPerTeam],
    );
    // officer1 … officer3 in the first team, and so on.
    await client.query(
      `INSERT INTO team_memberships (team_id, user_id, role, starts_on)
       SELECT t.id, u.id, 'member', date '2020-01-01'
       FROM (SELECT id, row_number() OVER (ORDER BY name_key) - 1 AS i FROM teams) t
       JOIN (SELECT id, substring(username FROM 8)::int - 1 AS n FROM users WHERE username LIKE 'officer%') u ON u.n / $1 = t.i`,
      [officersPerTeam],
    );
  });
  await timed(`${enterpriseCount.toLocaleString()} enterprises`, () =>
    client.query(
      `INSERT INTO enterprises (name, search_text, name_keys, created_at, updated_at)
       SELECT '青岛测试' || n || '有限公司', '青岛测试' || n || '有限公司', ARRAY['青岛测试' || n || '有限公司'], now(), now()
       FROM generate_series(1, $1::int) n`,
      [enterpriseCount],
    ),
  );
  // Each project's plan: how far it got in the pipeline (most stop early), whether it then went on hold or was
  // terminated, when it was created (over three years up to now) and the days between its moves.
  await timed('plan and agreement files', async () => {
    await client.query(
      `CREATE TEMP TABLE plan AS
       SELECT gen_random_uuid() AS id, gen_random_uuid() AS file_id, n,
              least(9, 1 + floor(9 * power(random(), 1.6))::int) AS furthest,
              (ARRAY['pipeline', 'pipeline', 'pipeline', 'pipeline', 'pipeline', 'pipeline', 'pipeline', 'pipeline', 'onHold', 'terminated'])[1 + floor(random() * 10)::int] AS ending,
              now() - random() * interval '3 years' AS created_at,
              (2 + random() * 40) * interval '1 day' AS step,
              random() < 0.8 AS verified,
              random() < 0.1 AS resigned,
              random() < 0.05 AS increase
       FROM generate_series(1, $1::int) n`,
      [projectCount],
    );
    // 达产 is the end of the pipeline: nothing goes on hold or is terminated after it.
    await client.query(`UPDATE plan SET ending = 'pipeline' WHERE furthest = 9`);
    // The agreement files of the signed projects whose amount is verified (rows only: nothing reads the content).
    await client.query(
      `INSERT INTO attachments (id, record_kind, record_id, file_name, media_type, size, sha256, storage_key)
       SELECT p.file_id, 'project', p.id::text, '投资协议.pdf', 'application/pdf', 1000, md5(p.id::text), 'bench/' || p.file_id
       FROM plan p WHERE p.furthest >= 5 AND p.verified`,
    );
  });
  await timed(`${projectCount.toLocaleString()} projects`, () =>
    client.query(
      `WITH picked AS (
         SELECT (SELECT array_agg(id ORDER BY name_key) FROM teams) AS teams,
                (SELECT array_agg(id ORDER BY substring(username FROM 8)::int) FROM users WHERE username LIKE 'officer%') AS officers,
                (SELECT array_agg(id) FROM enterprises) AS enterprises,
                (SELECT array_agg(code) FROM regions WHERE parent_code = '370200') AS districts,
                (SELECT array_agg(code) FROM industries WHERE level = 4) AS classes,
                $1::text[] AS stages
       )
       INSERT INTO projects (id, name, enterprise_id, industry_code, region_code, kind, team_id, manager_id, stage, stage_entered_at,
                             held_from_stage, agreed_amount_wan, amount_file_id, base_amount_wan, capital_origin, created_at, updated_at)
       SELECT p.id, '项目' || p.n, enterprises[1 + (p.n % cardinality(enterprises))],
              CASE WHEN p.n % 17 = 0 THEN NULL ELSE classes[1 + floor(random() * cardinality(classes))::int] END,
              CASE WHEN p.n % 13 = 0 THEN NULL ELSE districts[1 + floor(random() * cardinality(districts))::int] END,
              CASE WHEN p.increase THEN 'capitalIncrease' ELSE 'new' END,
              teams[1 + (p.n % cardinality(teams))],
              officers[1 + (p.n % cardinality(teams)) * ${officersPerTeam} + (p.n / cardinality(teams)) % ${officersPerTeam}],
              CASE WHEN p.ending = 'pipeline' THEN stages[p.furthest] ELSE p.ending END,
              p.created_at + (p.furthest - 1 + (p.ending <> 'pipeline')::int) * p.step,
              CASE WHEN p.ending = 'onHold' THEN stages[p.furthest] END,
              CASE WHEN p.furthest >= 5 THEN round((100 + random() * 50000)::numeric, 2) END,
              CASE WHEN p.furthest >= 5 AND p.verified THEN p.file_id END,
              CASE WHEN p.furthest >= 5 AND p.increase THEN round((random() * 100)::numeric, 2) END,
              CASE WHEN p.furthest >= 5 THEN 'domestic' END,
              p.created_at, p.created_at + (p.furthest - 1 + (p.ending <> 'pipeline')::int) * p.step
       FROM plan p, picked`,
      [pipelineStages],
    ),
  );
  await timed('workflow transitions', async () => {
    await client.query(
      `INSERT INTO workflow_transitions (workflow, record_kind, record_id, from_state, to_state, action, actor_name, at)
       SELECT 'project', 'project', p.id::text, CASE WHEN i > 1 THEN ($1::text[])[i - 1] END, ($1::text[])[i], ($2::text[])[i], 'bench', p.created_at + (i - 1) * p.step
       FROM plan p, generate_series(1, p.furthest) i`,
      [pipelineStages, actionInto],
    );
    await client.query(
      `INSERT INTO workflow_transitions (workflow, record_kind, record_id, from_state, to_state, action, actor_name, at)
       SELECT 'project', 'project', p.id::text, ($1::text[])[p.furthest], p.ending, CASE WHEN p.ending = 'onHold' THEN 'hold' ELSE 'terminate' END, 'bench', p.created_at + p.furthest * p.step
       FROM plan p WHERE p.ending <> 'pipeline'`,
      [pipelineStages],
    );
  });
  await timed('signings', async () => {
    await client.query(
      `INSERT INTO project_signings (project_id, signed_on, amount_wan, capital_origin, agreement_file_id, recorded_by_name)
       SELECT p.id, ((p.created_at + 4 * p.step) AT TIME ZONE 'Asia/Shanghai')::date + extra * 30, pr.agreed_amount_wan, 'domestic',
              CASE WHEN p.verified THEN p.file_id END, 'bench'
       FROM plan p JOIN projects pr ON pr.id = p.id, generate_series(0, p.resigned::int) extra
       WHERE p.furthest >= 5`,
    );
  });
  await timed(`${visitCount.toLocaleString()} visits`, () =>
    client.query(
      `WITH picked AS (
         SELECT (SELECT array_agg(id ORDER BY name_key) FROM teams) AS teams,
                (SELECT array_agg(id ORDER BY substring(username FROM 8)::int) FROM users WHERE username LIKE 'officer%') AS officers,
                (SELECT array_agg(id) FROM enterprises) AS enterprises
       )
       INSERT INTO visits (enterprise_id, visited_on, team_id, officer_id, officer_name, idempotency_key, created_at, updated_at)
       SELECT enterprises[1 + (n % cardinality(enterprises))], current_date - floor(random() * 1095)::int,
              teams[1 + (n % cardinality(teams))], officers[1 + (n % cardinality(officers))], '招商员', 'bench-' || n, now(), now()
       FROM picked, generate_series(1, $1::int) n`,
      [visitCount],
    ),
  );
  await timed('analyze', () => client.query('VACUUM ANALYZE'));
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function signIn(address: string, username: string): Promise<string> {
  const response = await fetch(`${address}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith('qiao_session='))!.split(';')[0]!;
}

/** One request at a time, after five unmeasured ones; the latencies sorted. */
async function measure(address: string, cookie: string, path: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < requestCount + 5; i++) {
    const started = performance.now();
    const response = await fetch(`${address}${path}`, { headers: { cookie, 'accept-language': 'zh-CN' } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    if (i >= 5) samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

async function main() {
  if (![projectCount, visitCount, requestCount].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--projects, --visits and --requests take positive whole numbers');
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  await ensureDatabase(serverUrl, databaseName);
  try {
    await applyMigrations(databaseUrl);
    console.log(`loading ${databaseName}:`);
    await onServer(databaseUrl, load);

    const database = connectDatabase(databaseUrl, { max: loadConfig({}).databasePoolSize });
    const jobs: Jobs = { define: async () => {}, send: async () => null, stop: async () => {} };
    const ctx = { db: database.db, pool: database.pool, config: { ...loadConfig({}), databaseUrl }, jobs };
    await startModuleJobs(ctx, modules);
    const app = await buildApp(ctx, { modules });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const readers = { leader: await signIn(address, 'leader'), officer: await signIn(address, 'officer1') };
      const routes = {
        funnel: () => '/api/reports/investment/funnel',
        kanban: (reader: string) => `/api/projects?page=1&pageSize=200${reader === 'officer' ? '&mine=true' : ''}`,
      };
      console.log(
        `\n${projectCount.toLocaleString()} projects, ${visitCount.toLocaleString()} visits, ${requestCount} requests each, one at a time; ` +
          `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      );
      console.log('| route | reader | p50 | p95 | max |');
      console.log('|---|---|---|---|---|');
      for (const [route, pathOf] of Object.entries(routes)) {
        for (const [reader, cookie] of Object.entries(readers)) {
          const samples = await measure(address, cookie, pathOf(reader));
          console.log(`| ${route} | ${reader} | ${ms(quantile(samples, 0.5))} | ${ms(quantile(samples, 0.95))} | ${ms(samples.at(-1)!)} |`);
        }
      }
    } finally {
      await app.close();
      await database.pool.end();
    }
  } finally {
    if (options.keep) console.log(`kept database ${databaseName}`);
    else await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  }
}

await main();
