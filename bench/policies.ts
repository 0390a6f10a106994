/**
 * Policy eligibility at scale: `npm run bench:policies -- --enterprises 1000000 --items 1000` loads a synthetic
 * register with two years of figures (revenue, R&D spending, employees; a fifth of the figures missing) and tags,
 * and a thousand published benefit items with random rules, then measures
 *   - the eligible set of one item over the whole register (the counts of eligible and possible and the first page,
 *     as GET /api/policies/items/:itemId/eligible answers), target p95 ≤ 1 s;
 *   - one enterprise against every item, explained (as GET /api/policies/for-me), target p95 ≤ 50 ms;
 * each beside a reference in the same run (`SELECT count(*) FROM enterprises`, and a lookup of one enterprise by
 * its primary key), so that a busy machine shows in the reference as well.
 *
 * Uses DATABASE_URL, else the PostgreSQL on 127.0.0.1:5432, creating a scratch database that it drops at the end
 * (`--keep` keeps it; `--database name` uses and keeps that one, loading only what it lacks).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { connectDatabase } from '../src/platform/db/connection.ts';
import { applyMigrations, ensureDatabase } from '../src/platform/db/migrate.ts';
import { chinaToday } from '../src/platform/calendar/china-day.ts';
import { eligibleEnterprises } from '../src/modules/policies/eligibility/eligible-enterprises.ts';
import { fitOfEnterprise } from '../src/modules/policies/eligibility/fit-of-enterprise.ts';
import type { Condition, Rule } from '../src/modules/policies/rules/rule-schemas.ts';
import { seededRandom } from '../src/server/seeded-random.ts';

const { values: options } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '1000000' },
    items: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '40' },
    database: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const enterpriseCount = Number(options.enterprises);
const itemCount = Number(options.items);
const runs = Number(options.runs);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = options.database ?? `qiao_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
const thisYear = Number(chinaToday().slice(0, 4));

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99) };
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

/** The register, its figures and tags, in SQL (generate_series), in batches so that no statement runs for minutes. */
async function loadRegister(client: pg.Client, total: number) {
  const started = performance.now();
  const batch = 100_000;
  for (let done = 0; done < total; done += batch) {
    const size = Math.min(batch, total - done);
    await client.query(
      `WITH picked AS (
         SELECT (SELECT array_agg(code) FROM regions WHERE kind = 'district' AND code LIKE '37%') AS districts,
                (SELECT array_agg(code) FROM industries WHERE level = 4) AS classes
       ), inserted AS (
         INSERT INTO enterprises (name, search_text, region_code, industry_code, size_class, registered_capital_wan, founded_on)
         SELECT '企业' || n, '企业' || n,
                CASE WHEN random() < 0.9 THEN districts[1 + floor(random() * cardinality(districts))::int] END,
                CASE WHEN random() < 0.9 THEN classes[1 + floor(random() * cardinality(classes))::int] END,
                (ARRAY['large', 'medium', 'small', 'micro', 'micro', 'small', NULL])[1 + floor(random() * 7)::int],
                CASE WHEN random() < 0.9 THEN round((random() * 10000)::numeric, 2) END,
                CASE WHEN random() < 0.9 THEN date '1990-01-01' + floor(random() * 12000)::int END
         FROM picked, generate_series($1::int, $2::int) AS n
         RETURNING id
       )
       INSERT INTO enterprise_figures (enterprise_id, year, indicator, value, source)
       SELECT id, year, indicator, round((random() * random() * 20000)::numeric, 2), '统计年报'
       FROM inserted, (VALUES ($3::int - 1), ($3::int - 2)) AS y(year), unnest(ARRAY['revenue', 'rdSpending', 'employees']) AS indicator
       WHERE random() < 0.8`,
      [done + 1, done + size, thisYear],
    );
    process.stderr.write(`\r  ${(done + size).toLocaleString()} enterprises`);
  }
  process.stderr.write('\n');
  await client.query(`INSERT INTO tags (name, name_key, color) SELECT n, n, 'blue' FROM unnest(ARRAY['高新技术企业', '专精特新', '瞪羚企业', '规上企业', '外资企业']) AS n
                      ON CONFLICT (name_key) DO NOTHING`);
  await client.query(`INSERT INTO enterprise_tags SELECT e.id, t.id FROM enterprises e CROSS JOIN tags t WHERE random() < 0.05 ON CONFLICT DO NOTHING`);
  for (const table of ['enterprises', 'enterprise_figures', 'enterprise_tags']) await client.query(`VACUUM ANALYZE ${table}`);
  console.log(`loaded ${total.toLocaleString()} enterprises with figures and tags in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** A policy office's kind of rule: an industry or a region, a figure of last year or the year before, perhaps a tag or an age. */
function randomRule(random: () => number, tagIds: string[], divisions: string[]): Rule {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const all: Condition[] = [
    random() < 0.7 ? { kind: 'industry', codes: [pick(divisions), pick(divisions)] } : { kind: 'region', codes: ['370200'] },
    {
      kind: 'indicator',
      indicator: pick(['revenue', 'rdSpending', 'employees'] as const),
      year: { kind: 'yearsBack', years: pick([1, 2]) },
      comparison: pick(['gte', 'gt'] as const),
      value: pick([100, 500, 2000, 5000]),
    },
  ];
  if (random() < 0.5) all.push({ kind: 'tags', tagIds: [pick(tagIds)], match: 'any' });
  if (random() < 0.5) all.push({ kind: 'age', minYears: pick([1, 3, 5]) });
  return { all };
}

async function loadItems(client: pg.Client, total: number): Promise<string[]> {
  const random = seededRandom(14);
  const tagIds = (await client.query<{ id: string }>('SELECT id FROM tags ORDER BY name_key')).rows.map((row) => row.id);
  const divisions = (await client.query<{ code: string }>(`SELECT code FROM industries WHERE level = 2 AND section = 'C' ORDER BY code`)).rows.map((row) => row.code);
  const itemsPerPolicy = 10;
  const ids: string[] = [];
  for (let policy = 0; policy < Math.ceil(total / itemsPerPolicy); policy++) {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO policies (title, issuer, level, issued_on, guide_due_at, state, published_at)
       VALUES ($1, '崂山区科技局', 'district', current_date, now(), 'published', now()) RETURNING id`,
      [`基准政策${policy}`],
    );
    const rules = Array.from({ length: Math.min(itemsPerPolicy, total - ids.length) }, () => randomRule(random, tagIds, divisions));
    const items = await client.query<{ id: string }>(
      `INSERT INTO policy_benefit_items (policy_id, position, title, kind, rule, amount_rule)
       SELECT $1, n - 1, '支持事项' || n, 'award', rule,
              '{"kind":"share","indicator":"rdSpending","year":{"kind":"yearsBack","years":1},"percent":10,"capWan":200}'::jsonb
       FROM unnest($2::jsonb[]) WITH ORDINALITY AS r(rule, n) RETURNING id`,
      [rows[0]!.id, rules.map((rule) => JSON.stringify(rule))],
    );
    ids.push(...items.rows.map((row) => row.id));
  }
  return ids;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main() {
  if (![enterpriseCount, itemCount, runs].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--enterprises, --items and --runs take positive whole numbers');
  await ensureDatabase(serverUrl, databaseName);
  await applyMigrations(databaseUrl);
  const itemIds = await onServer(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises');
    if ((rows[0]?.n ?? 0) < enterpriseCount) await loadRegister(client, enterpriseCount - (rows[0]?.n ?? 0));
    const existing = (await client.query<{ id: string }>('SELECT id FROM policy_benefit_items ORDER BY id')).rows.map((row) => row.id);
    return existing.length >= itemCount ? existing.slice(0, itemCount) : [...existing, ...(await loadItems(client, itemCount - existing.length))];
  });

  const database = connectDatabase(databaseUrl, { max: 4 });
  const { db } = database;
  try {
    const enterpriseIds = (await db.execute<{ id: string }>(sql`SELECT id FROM enterprises TABLESAMPLE SYSTEM (1) LIMIT ${runs}`)).rows.map((row) => row.id);
    const samples = { eligible: [] as number[], count: [] as number[], fit: [] as number[], lookup: [] as number[] };
    let fitting = 0;
    // One unmeasured round warms the caches; then the measured rounds alternate each target with its reference.
    for (let run = -1; run < runs; run++) {
      const itemId = itemIds[(run + 1) % itemIds.length]!;
      const enterpriseId = enterpriseIds[(run + 1) % enterpriseIds.length]!;
      const eligible = await timed(async () => {
        const page = await eligibleEnterprises(db, itemId, { status: 'eligible', page: 1, pageSize: 20 });
        fitting += page.counts.eligible + page.counts.possible;
      });
      const count = await timed(() => db.execute(sql`SELECT count(*) FROM enterprises`));
      const fit = await timed(() => fitOfEnterprise(db, enterpriseId));
      const lookup = await timed(() => db.execute(sql`SELECT * FROM enterprises WHERE id = ${enterpriseId}`));
      if (run < 0) continue;
      samples.eligible.push(eligible);
      samples.count.push(count);
      samples.fit.push(fit);
      samples.lookup.push(lookup);
    }
    const [eligible, count, fit, lookup] = [summary(samples.eligible), summary(samples.count), summary(samples.fit), summary(samples.lookup)];
    console.log(
      `\n${enterpriseCount.toLocaleString()} enterprises, ${itemIds.length} items, ${runs} runs each; ` +
        `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}; ` +
        `${Math.round(fitting / (runs + 1)).toLocaleString()} enterprises fit an item on average`,
    );
    console.log('| | p50 | p95 | p99 | target | p95 ÷ reference p95 |');
    console.log('|---|---|---|---|---|---|');
    console.log(`| eligible set of one item | ${ms(eligible.p50)} | ${ms(eligible.p95)} | ${ms(eligible.p99)} | 1,000 ms | ${(eligible.p95 / count.p95).toFixed(2)}× count(*) |`);
    console.log(`| reference: count(*) of enterprises | ${ms(count.p50)} | ${ms(count.p95)} | ${ms(count.p99)} | | |`);
    console.log(`| one enterprise × ${itemIds.length} items | ${ms(fit.p50)} | ${ms(fit.p95)} | ${ms(fit.p99)} | 50 ms | ${(fit.p95 / lookup.p95).toFixed(2)}× lookup |`);
    console.log(`| reference: one enterprise by id | ${ms(lookup.p50)} | ${ms(lookup.p95)} | ${ms(lookup.p99)} | | |`);
  } finally {
    await database.pool.end();
    if (!options.keep && !options.database) {
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
    } else {
      console.log(`kept database ${databaseName}`);
    }
  }
}

await main();
