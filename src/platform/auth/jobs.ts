import type { Db } from '../db/connection.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import { deleteExpiredLoginCounters } from './login-throttle.ts';
import { deleteExpiredSessions } from './sessions.ts';

export const sessionCleanupJob = (db: Db): JobDefinition<object> => ({
  name: 'auth.delete-expired-sessions',
  cron: '17 3 * * *',
  handle: () => deleteExpiredSessions(db),
});

export const loginCounterCleanupJob = (db: Db): JobDefinition<object> => ({
  name: 'auth.delete-expired-login-counters',
  cron: '*/15 * * * *',
  handle: () => deleteExpiredLoginCounters(db),
});
