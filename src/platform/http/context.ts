import type pg from 'pg';
import type { Config } from '../../config.ts';
import type { ChangeFeed } from '../db/change-feed.ts';
import type { Db } from '../db/connection.ts';
import type { Jobs } from '../jobs/jobs.ts';

/** What route plugins need from the running platform; set once by buildApp. */
export interface AppContext {
  db: Db;
  pool: pg.Pool;
  config: Config;
  jobs: Jobs;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** LISTEN/NOTIFY for state kept in memory; one listening connection per instance. */
    changeFeed: ChangeFeed;
  }
}
