import PgBoss from 'pg-boss';
import type { Tx } from '../db/connection.ts';

export interface JobDefinition<T extends object> {
  name: string;
  /** Runs one job; a thrown error fails it (retried per `retryLimit`). */
  handle(data: T): Promise<void>;
  retryLimit?: number;
  /** Cron expression (UTC) for recurring work; such a job is sent by the schedule, with no data. */
  cron?: string;
}

export interface SendOptions {
  /**
   * The transaction of the write that calls for the job: the job is queued if and only if it commits, so a
   * rolled-back write leaves no work behind, and a worker never runs before the data it needs is visible.
   */
  within?: Tx;
}

export interface Jobs {
  define<T extends object>(definition: JobDefinition<T>): Promise<void>;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * pg-boss's statements on the caller's transaction. Drizzle reaches a transaction's connection only through its
 * session; a prepared query without result mapping hands pg-boss's own text and parameters to it untouched.
 */
function executorOf(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) =>
      (await tx._.session.prepareQuery({ sql: text, params: values }, undefined, undefined, false).execute()) as { rows: unknown[] },
  };
}

/** What a job-queue error log entry carries. */
export interface ErrorSummary {
  message: string;
  code?: string;
  stack?: string;
}

/**
 * The parts of an error worth logging. The database driver attaches its whole client (sockets, buffers, the
 * connection's password) to connection errors, and pg-boss passes them on as they are.
 */
export function summariseError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

// SQLSTATE of a connection the server closed because it is shutting down (57P01 admin_shutdown, 57P02
// crash_shutdown) or not yet accepting connections (57P03).
const databaseShutdownCodes = new Set(['57P01', '57P02', '57P03']);

/**
 * How loud a job-queue error is. Ctrl-C reaches the embedded PostgreSQL too, which closes the queue's idle
 * connections a moment before the app's own shutdown begins: expected, so not an error. A database that stays away
 * shows up as connection errors, which are.
 */
export function jobErrorLevel(error: ErrorSummary, stopping: boolean): 'info' | 'error' {
  return stopping || (error.code !== undefined && databaseShutdownCodes.has(error.code)) ? 'info' : 'error';
}

/**
 * Background work on pg-boss, kept in the same PostgreSQL: a job sent in a request survives a restart and runs
 * once a worker is back.
 */
export async function startJobs(url: string, onError: (error: ErrorSummary) => void): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on('error', (error) => onError(summariseError(error)));
  await boss.start();
  return {
    async define({ name, handle, retryLimit = 2, cron }) {
      await boss.createQueue(name, { name, retryLimit, retryDelay: 5 });
      await boss.work<object>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await handle(job.data as never);
      });
      if (cron) await boss.schedule(name, cron);
    },
    send: (name, data, options = {}) => boss.send(name, data, options.within ? { db: executorOf(options.within) } : {}),
    // Resolves once the workers are idle and pg-boss's own pool is closed, so the database may go next.
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true, close: true }),
  };
}
