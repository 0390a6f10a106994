import { defineModule } from '../../server/module.ts';
import { leaseTimelineSource, moveLeases } from './lease-timeline.ts';
import { siteMessages } from './messages.ts';
import { sitePermissions } from './permissions.ts';
import { siteQuickSearch } from './quick-search-sites.ts';
import { siteRoutes } from './routes.ts';
import { seedDemoSites } from './seed-demo-sites.ts';

/** Sites and tenants (载体): parks, buildings, floors and units, the leasing pipeline, occupancy over time. */
export const sitesModule = defineModule({
  name: 'sites',
  permissions: sitePermissions,
  routes: siteRoutes,
  timelineSources: [leaseTimelineSource],
  mergeSteps: [moveLeases],
  quickSearch: siteQuickSearch,
  seedDemo: seedDemoSites,
  messages: siteMessages,
});
