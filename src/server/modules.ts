import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../platform/db/connection.ts';
import type { AppContext } from '../platform/http/context.ts';
import { authRoutes } from '../platform/auth/routes.ts';

// The one place that wires domain modules into the app; the platform itself knows none of them.

export async function enterpriseExists(_db: DbOrTx, _id: string): Promise<boolean> {
  return false; // replaced when the enterprises module lands
}

export async function seedDemoEnterprises(_db: DbOrTx): Promise<Map<string, string>> {
  return new Map(); // replaced when the enterprises module lands
}

export async function defineJobs(_ctx: AppContext): Promise<void> {}

export async function registerModules(app: FastifyInstance) {
  await app.register(authRoutes, { enterpriseExists });
}
