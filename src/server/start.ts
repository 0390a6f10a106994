import pino from 'pino';
import { demoExposureRefusal, loadConfig } from '../config.ts';
import { jobErrorLevel, startJobs, type Jobs } from '../platform/jobs/jobs.ts';
import { userCount } from '../platform/auth/users.ts';
import { findUsersWithPassword } from '../platform/auth/find-users-with-password.ts';
import { demoPassword, demoUsernames, seedDatabase, printAccounts } from '../seed/seed.ts';
import { buildApp, type App } from './app.ts';
import { openDatabase } from './database.ts';
import { startModuleJobs } from './compose.ts';
import { modules } from './modules.ts';

export async function startServer(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const database = await openDatabase(config, log);
  let jobs: Jobs | undefined;
  let app: App;
  let stopping = false;
  try {
    jobs = await startJobs(database.url, (error) => log[jobErrorLevel(error, stopping)]({ err: error }, 'job queue error'));
    const ctx = { db: database.db, pool: database.pool, config, jobs };
    await startModuleJobs(ctx, modules);
    if ((await userCount(database.db)) === 0) {
      const accounts = await seedDatabase(database.db, { demo: config.seedDemo, modules });
      printAccounts(accounts, config.seedDemo);
    }
    const refusal = demoExposureRefusal(config, await findUsersWithPassword(database.db, demoUsernames, demoPassword));
    if (refusal) throw new Error(refusal);
    app = await buildApp(ctx, { logger: log, modules });
  } catch (error) {
    // Nothing may be left running, above all not the embedded database.
    await jobs?.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests');
    const forced = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    forced.unref();
    try {
      await app.close();
      await jobs?.stop();
      await database.close();
      log.info('stopped');
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`\n  Qiao is running at http://localhost:${config.port}\n\n`);
}
