import type pino from 'pino';
import type { Config } from '../config.ts';
import { connectDatabase, type Database } from '../platform/db/connection.ts';
import { startEmbeddedPostgres } from '../platform/db/embedded.ts';
import { applyMigrations, ensureDatabase } from '../platform/db/migrate.ts';

export interface OpenedDatabase extends Database {
  /** Closes the pool and stops the embedded server, if this process started one. */
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then brings the schema up to date. */
export async function openDatabase(config: Config, log: pino.Logger): Promise<OpenedDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded = async () => {};
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.dataDir, {
      info: (m) => log.info(m),
      debug: (m) => log.debug(m),
    });
    stopEmbedded = embedded.stop;
    try {
      await ensureDatabase(embedded.adminUrl, 'qiao');
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    url = embedded.urlFor('qiao');
  }
  try {
    await applyMigrations(url);
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
  const database = connectDatabase(url, { max: config.databasePoolSize });
  return {
    ...database,
    async close() {
      await database.pool.end();
      await stopEmbedded();
    },
  };
}
