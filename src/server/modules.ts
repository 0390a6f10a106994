import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/http/context.ts';
import { authRoutes } from '../platform/auth/routes.ts';
import { enterpriseExists } from '../modules/enterprises/enterprise-exists.ts';
import { importRoutes } from '../modules/enterprises/imports/import-routes.ts';
import { defineImportJob } from '../modules/enterprises/imports/run-import.ts';
import { enterpriseRoutes } from '../modules/enterprises/routes.ts';
import { tagRoutes } from '../modules/enterprises/tag-routes.ts';
import { referenceRoutes } from '../modules/reference/routes.ts';

// The one place that wires domain modules into the app; the platform itself knows none of them.

export { enterpriseExists };
export { seedDemoEnterprises } from '../modules/enterprises/seed-demo-enterprises.ts';

export async function defineJobs(ctx: AppContext): Promise<void> {
  await defineImportJob(ctx.db, ctx.jobs);
}

export async function registerModules(app: FastifyInstance) {
  await app.register(authRoutes, { enterpriseExists });
  await app.register(referenceRoutes);
  await app.register(enterpriseRoutes);
  await app.register(tagRoutes);
  await app.register(importRoutes);
}
