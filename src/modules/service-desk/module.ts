import { defineModule } from '../../server/module.ts';
import { clockUnclockedRequests } from './clock-unclocked-requests.ts';
import { closeResolvedJobDefinition } from './close-resolved-requests.ts';
import { dailySummaryJobDefinition } from './daily-summary-job.ts';
import { serviceDeskMessages } from './messages.ts';
import { serviceDeskPermissions } from './permissions.ts';
import { serviceRequestAttachmentKind } from './request-attachments.ts';
import { moveServiceRequests, serviceRequestTimelineSource } from './request-timeline.ts';
import { serviceDeskRoutes } from './routes.ts';
import { slaTimerHandlers } from './escalate-late-request.ts';
import { seedDemoDesk } from './seed-demo-desk.ts';
import { seedDemoMarketWindows } from './seed-demo-market-windows.ts';
import { seedDemoSummaries } from './seed-demo-summaries.ts';

/**
 * The 7×24 enterprise service desk (企业服务热线/工单): requests routed to teams, owned by who accepts them; the
 * technology market's service windows (服务窗口) are its categories marked as market windows.
 */
export const serviceDeskModule = defineModule({
  name: 'service-desk',
  permissions: serviceDeskPermissions,
  routes: serviceDeskRoutes,
  jobs: (ctx) => [closeResolvedJobDefinition(ctx), dailySummaryJobDefinition(ctx)],
  timerHandlers: slaTimerHandlers,
  onStart: async (ctx) => {
    await clockUnclockedRequests(ctx.db);
  },
  timelineSources: [serviceRequestTimelineSource],
  mergeSteps: [moveServiceRequests],
  attachmentKinds: [serviceRequestAttachmentKind],
  seedDemo: async (tx, seed) => {
    await seedDemoDesk(tx, seed);
    await seedDemoMarketWindows(tx, seed);
    await seedDemoSummaries(tx);
  },
  messages: serviceDeskMessages,
});
