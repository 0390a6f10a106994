import pino from 'pino';
import { loadConfig } from '../config.ts';
import { userCount } from '../platform/auth/users.ts';
import { openDatabase } from '../server/database.ts';
import { modules } from '../server/modules.ts';
import { printAccounts, seedDatabase } from './seed.ts';

export async function runSeed(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config, pino({ level: 'warn' }));
  try {
    if ((await userCount(database.db)) > 0) {
      process.stderr.write('The database already has data; seeding only fills an empty one.\n');
      return 1;
    }
    printAccounts(await seedDatabase(database.db, { demo: true, modules }), true);
    return 0;
  } finally {
    await database.close();
  }
}
