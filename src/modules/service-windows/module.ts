import { defineModule } from '../../server/module.ts';
import { serviceWindowMessages } from './messages.ts';
import { serviceWindowPermissions } from './permissions.ts';
import { windowRequestAttachmentKind } from './request-attachments.ts';
import { moveWindowRequests, windowRequestTimelineSource } from './request-timeline.ts';
import { serviceWindowRoutes } from './routes.ts';
import { seedDemoRequests } from './seed-demo-requests.ts';

/** The technology market's service windows (服务窗口): requests from enterprises and investors, answered by staff. */
export const serviceWindowsModule = defineModule({
  name: 'service-windows',
  permissions: serviceWindowPermissions,
  routes: serviceWindowRoutes,
  timelineSources: [windowRequestTimelineSource],
  mergeSteps: [moveWindowRequests],
  attachmentKinds: [windowRequestAttachmentKind],
  seedDemo: seedDemoRequests,
  messages: serviceWindowMessages,
});
