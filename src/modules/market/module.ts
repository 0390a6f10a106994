import { defineModule } from '../../server/module.ts';
import { marketAttachmentKinds } from './attachment-kinds.ts';
import { marketExpiryJobDefinition } from './expire-market-records.ts';
import { mergeMarketOwners } from './merge-market-owners.ts';
import { marketMessages } from './messages.ts';
import { marketPermissions } from './permissions.ts';
import { marketRoutes } from './routes.ts';
import { seedDemoMarket } from './seed-demo-market.ts';

/** The technology market (技术交易市场): fields, listings (科技成果) and demands (需求表) under review and publication. */
export const marketModule = defineModule({
  name: 'market',
  permissions: marketPermissions,
  routes: marketRoutes,
  jobs: (ctx) => [marketExpiryJobDefinition(ctx)],
  mergeSteps: [mergeMarketOwners],
  attachmentKinds: marketAttachmentKinds,
  seedDemo: seedDemoMarket,
  messages: marketMessages,
});
