import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, it } from 'vitest';
import { databaseUrl } from '../../test/database.ts';
import { inject } from 'vitest';
import { appliedMigrationCount, applyMigrations, committedMigrationCount } from './migrate.ts';

it('applies the migrations once when two instances start at the same time', async () => {
  const name = `qiao_migrate_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('testServerUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = databaseUrl(name);
    await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const pool = new pg.Pool({ connectionString: url });
    // The forced drop below may still find a closing connection; that is not this test's concern.
    pool.on('error', () => undefined);
    expect(await appliedMigrationCount(pool)).toBe(committedMigrationCount());
    const tables = await pool.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'users'`);
    expect(tables.rows[0].n).toBe(1);
    await pool.end();
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
});
