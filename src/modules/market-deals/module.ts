import { defineModule } from '../../server/module.ts';
import { dealAttachmentKind } from './deal-attachments.ts';
import { dealTimelineSource, moveDealParties } from './deal-timeline.ts';
import { marketDealMessages } from './messages.ts';
import { marketDealPermissions } from './permissions.ts';
import { marketDealRoutes } from './routes.ts';
import { seedDemoDeals } from './seed-demo-deals.ts';

/** Introductions (意向) to the market's listings and the deals brokered from them, 意向 to 履约完成. */
export const marketDealsModule = defineModule({
  name: 'market-deals',
  permissions: marketDealPermissions,
  routes: marketDealRoutes,
  timelineSources: [dealTimelineSource],
  mergeSteps: [moveDealParties],
  attachmentKinds: [dealAttachmentKind],
  seedDemo: seedDemoDeals,
  messages: marketDealMessages,
});
