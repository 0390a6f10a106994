import { defineModule } from '../../server/module.ts';
import { enterpriseAuditSource } from './enterprise-timeline.ts';
import { importRoutes } from '../../platform/imports/import-routes.ts';
import { importJobDefinition, requeueInterruptedImports } from '../../platform/imports/run-import.ts';
import { enterpriseImport, enterpriseImportRoutes } from './imports/enterprise-import.ts';
import { figureMessages } from './figures/figure-messages.ts';
import { figureRoutes } from './figures/figure-routes.ts';
import { figureImport, figureImportRoutes } from './figures/import/figure-import.ts';
import { mergeFiguresStep } from './figures/merge-figures.ts';
import { enterpriseMessages } from './messages.ts';
import { enterprisePermissions } from './permissions.ts';
import { enterpriseQuickSearch } from './quick-search-enterprises.ts';
import { enterpriseRoutes } from './routes.ts';
import { seedDemoEnterprises } from './seed-demo-enterprises.ts';
import { tagRoutes } from './tag-routes.ts';

/** The enterprise master record (企业主档) that every other module links to. */
export const enterpriseModule = defineModule({
  name: 'enterprises',
  permissions: enterprisePermissions,
  async routes(app, options) {
    await app.register(enterpriseRoutes, options);
    await app.register(tagRoutes);
    await app.register(importRoutes(enterpriseImport, enterpriseImportRoutes));
    await app.register(figureRoutes);
    await app.register(importRoutes(figureImport, figureImportRoutes));
  },
  jobs: (ctx) => [importJobDefinition(ctx.db, enterpriseImport), importJobDefinition(ctx.db, figureImport)],
  async onStart(ctx) {
    await requeueInterruptedImports(ctx.db, ctx.jobs, enterpriseImport);
    await requeueInterruptedImports(ctx.db, ctx.jobs, figureImport);
  },
  timelineSources: [enterpriseAuditSource],
  mergeSteps: [mergeFiguresStep],
  quickSearch: enterpriseQuickSearch,
  async seedDemo(tx, seed) {
    for (const [key, id] of await seedDemoEnterprises(tx, seed.keys.get('user:ls-policy') ?? null)) seed.keys.set(key, id);
  },
  messages: { ...enterpriseMessages, ...figureMessages },
});
