import { inject } from 'vitest';
import { connectDatabase, type Database } from '../platform/db/connection.ts';
import { seedDatabase } from '../seed/seed.ts';
import { modules } from '../server/modules.ts';
import { cloneDatabase, copyDatabase, databaseUrl, onServer } from './database.ts';

/**
 * A database of the test file's own holding the demo data as `npm run seed` loads it, dropped after the file's
 * tests. Loading the demo data takes seconds, so the first test file of a run that asks for it loads it into this
 * run's demo template (see global-setup.ts) and every file clones that. Tests of the seeding itself seed for real.
 */
export async function createDemoDatabase(): Promise<Database> {
  const template = inject('demoTemplateDatabase');
  await onServer(async (client) => {
    // Other test files of this run wait for the one loading it.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        const building = `${template}_building`;
        await client.query(`DROP DATABASE IF EXISTS ${building}`);
        await copyDatabase(inject('templateDatabase'), building);
        const database = connectDatabase(databaseUrl(building), { max: 1 });
        try {
          await seedDatabase(database.db, { demo: true, modules });
        } finally {
          await database.pool.end();
        }
        await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return cloneDatabase(template);
}
