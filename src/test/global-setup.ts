import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../platform/db/embedded.ts';
import { applyMigrations, migrationsFolder } from '../platform/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL (any database) on which tests may create databases. */
    testServerUrl: string;
    /** The migrated database each test database is cloned from. */
    templateDatabase: string;
    /** This run's template with the demo data (src/test/demo-database.ts); it exists once a test file built it. */
    demoTemplateDatabase: string;
  }
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsFolder, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 12);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * One migrated template per migration set, named by its hash so that runs with other migrations (another
 * checkout, a concurrent run) never share it; each test file then clones it in a few milliseconds.
 */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = `qiao_template_${migrationsHash()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7170)');
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building}`);
      await client.query(`CREATE DATABASE ${building}`);
      await applyMigrations(withDatabase(serverUrl, building));
      await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7170)').catch(() => undefined);
    await client.end();
  }
  return template;
}

/**
 * The demo data is relative to the time it is loaded (today's rosters, yesterday's summaries), so its template
 * serves one run only and is dropped at its end. Named by this process and its start: one for all projects of a
 * run, never that of an earlier run.
 */
const demoTemplate = `qiao_demo_${process.pid}_${Math.round(performance.timeOrigin)}`;

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;
let serverUrl: string | undefined;

export async function setup(project: TestProject) {
  serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // Under the system's temp folder, which the unprivileged database user can reach even when the checkout
    // sits in a private folder; removed after the run.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qiao-test-postgres-'));
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres(dataDir, { info: () => {}, debug: () => {} });
    serverUrl = embedded.adminUrl;
  }
  project.provide('testServerUrl', serverUrl);
  project.provide('templateDatabase', await ensureTemplate(serverUrl));
  project.provide('demoTemplateDatabase', demoTemplate);
}

export async function teardown() {
  if (serverUrl && !embedded) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      for (const database of [demoTemplate, `${demoTemplate}_building`]) await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
