import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { connectDatabase, type Database } from '../platform/db/connection.ts';

export function databaseUrl(database: string): string {
  const parsed = new URL(inject('testServerUrl'));
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('testServerUrl') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database of the test file's own, cloned from the template and dropped after the file's
 * tests. Call it at the top level of a test file or in beforeAll.
 */
export function createTestDatabase(): Promise<Database> {
  return cloneDatabase(inject('templateDatabase'));
}

/** A database of the test file's own, cloned from `template` and dropped after the file's tests. */
export async function cloneDatabase(template: string): Promise<Database> {
  const name = `qiao_test_${randomBytes(6).toString('hex')}`;
  await copyDatabase(template, name);
  const database = connectDatabase(databaseUrl(name), { max: 5 });
  afterAll(async () => {
    await database.pool.end();
    await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  return database;
}

export async function copyDatabase(template: string, name: string): Promise<void> {
  // Copying needs the template to have no other sessions; a concurrent copy is retried.
  for (let attempt = 0; ; attempt++) {
    try {
      await onServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return;
    } catch (error) {
      if (attempt > 50 || !String(error).includes('is being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}
