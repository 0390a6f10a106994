import PgBoss from 'pg-boss';

export interface JobDefinition<T extends object> {
  name: string;
  /** Runs one job; a thrown error fails it (retried per `retryLimit`). */
  handle(data: T): Promise<void>;
  retryLimit?: number;
  /** Cron expression (UTC) for recurring work; such a job is sent by the schedule, with no data. */
  cron?: string;
}

export interface Jobs {
  define<T extends object>(definition: JobDefinition<T>): Promise<void>;
  send<T extends object>(name: string, data: T): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * Background work on pg-boss, kept in the same PostgreSQL: a job sent in a request survives a restart and runs
 * once a worker is back.
 */
export async function startJobs(url: string, onError: (error: Error) => void): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on('error', onError);
  await boss.start();
  return {
    async define({ name, handle, retryLimit = 2, cron }) {
      await boss.createQueue(name, { name, retryLimit, retryDelay: 5 });
      await boss.work<object>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await handle(job.data as never);
      });
      if (cron) await boss.schedule(name, cron);
    },
    send: (name, data) => boss.send(name, data),
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
