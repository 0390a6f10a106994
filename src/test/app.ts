import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { loadConfig, type Config } from '../config.ts';
import { systemActor } from '../platform/audit/record-audit.ts';
import type { Role } from '../platform/auth/roles.ts';
import { createUser } from '../platform/auth/users.ts';
import type { AppContext } from '../platform/http/context.ts';
import { startJobs, type Jobs } from '../platform/jobs/jobs.ts';
import { buildApp, type App } from '../server/app.ts';
import { startModuleJobs } from '../server/compose.ts';
import type { QiaoModule } from '../server/module.ts';
import { enterpriseExists, modules as allModules } from '../server/modules.ts';
import { createTestDatabase } from './database.ts';

export const testPassword = 'test-password-1';

const jobsNotStarted: Jobs = {
  define: async () => {},
  send: async () => {
    throw new Error('this test app was created without jobs: use createTestApp({ jobs: true })');
  },
  stop: async () => {},
};

export interface SignedIn {
  userId: string;
  /** Cookie and CSRF header for app.inject. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  /** Creates a user with these roles and signs them in. */
  signIn(roles: Role[], options?: { enterpriseId?: string; username?: string }): Promise<SignedIn>;
}

/** The whole app on a fresh database of its own, closed after the test file; `config` overrides the defaults. */
export async function createTestApp(options: { jobs?: boolean; modules?: readonly QiaoModule[]; config?: Partial<Config> } = {}): Promise<TestApp> {
  const modules = options.modules ?? allModules;
  const database = await createTestDatabase();
  // Files (attachments) in a folder of the test file's own, like its database.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'qiao-test-data-'));
  const config = { ...loadConfig({}), databaseUrl: database.url, dataDir, ...options.config };
  const jobs = options.jobs ? await startJobs(database.url, () => undefined) : jobsNotStarted;
  const ctx: AppContext = { db: database.db, pool: database.pool, config, jobs };
  await startModuleJobs(ctx, modules);
  const app = await buildApp(ctx, { modules });
  afterAll(async () => {
    await app.close();
    await jobs.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function signIn(roles: Role[], signInOptions: { enterpriseId?: string; username?: string } = {}) {
    const username = signInOptions.username ?? `u${randomBytes(5).toString('hex')}`;
    const user = await createUser(
      database.db,
      systemActor,
      { username, displayName: username, password: testPassword, roles, enterpriseId: signInOptions.enterpriseId },
      enterpriseExists,
    );
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: testPassword } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'qiao_session');
    return {
      userId: user.id,
      headers: { cookie: `qiao_session=${cookie?.value}`, 'x-csrf-token': response.json().csrfToken as string },
    };
  }

  return { app, ctx, signIn };
}
