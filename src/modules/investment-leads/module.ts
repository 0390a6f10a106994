import { defineModule } from '../../server/module.ts';
import { leadTimelineSource, moveLeads } from './lead-timeline.ts';
import { leadMessages } from './messages.ts';
import { leadPermissions } from './permissions.ts';
import { leadQuickSearch } from './quick-search-leads.ts';
import { leadPoolJobDefinition } from './return-idle-leads.ts';
import { leadRoutes } from './routes.ts';
import { seedDemoLeads } from './seed-demo-leads.ts';

/** Investment promotion leads (招商线索) and their pool (公海): kept by teams, claimed, assigned, followed up. */
export const investmentLeadsModule = defineModule({
  name: 'investment-leads',
  permissions: leadPermissions,
  routes: leadRoutes,
  jobs: (ctx) => [leadPoolJobDefinition(ctx)],
  timelineSources: [leadTimelineSource],
  mergeSteps: [moveLeads],
  quickSearch: leadQuickSearch,
  seedDemo: seedDemoLeads,
  messages: leadMessages,
});
