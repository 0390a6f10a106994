import { loadConfig } from '../config.ts';
import { connectDatabase } from '../platform/db/connection.ts';
import type { AppContext } from '../platform/http/context.ts';

// A closed port on this machine: a query that should not happen fails at once instead of waiting on a network.
const unreachableDatabase = 'postgres://nobody@127.0.0.1:1/none';

function refuse(): never {
  throw new Error('this app was built without a database or job queue');
}

/**
 * What buildApp needs when the work at hand reads no data: the OpenAPI document, or pages served before sign-in.
 * The pool connects lazily, so nothing is opened unless a request queries, and then that request fails loudly.
 */
export function detachedContext(): AppContext {
  const { db, pool } = connectDatabase(unreachableDatabase, { max: 1 });
  return { db, pool, config: loadConfig({}), jobs: { define: async () => refuse(), send: async () => refuse(), stop: async () => {} } };
}
