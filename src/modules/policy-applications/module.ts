import { defineModule } from '../../server/module.ts';
import { policyApplicationAttachmentKind } from './application-attachments.ts';
import { applicationTimerHandlers } from './application-clock.ts';
import { policyApplicationMessages } from './messages.ts';
import { applicationTimelineSource, movePolicyApplications, payoutTimelineSource } from './payout-timeline.ts';
import { policyApplicationPermissions } from './permissions.ts';
import { policyApplicationRoutes } from './routes.ts';
import { seedDemoApplications } from './seed-demo-applications.ts';

/**
 * Policy applications and payouts (快申快享 and 免申即享): the enterprise applies for an item with its files and the
 * office reviews, publicizes and pays within 60 working days; items the data decides are paid from the confirmed
 * data-qualified list without application. Every payout counts in the enterprise's benefits and timeline.
 */
export const policyApplicationsModule = defineModule({
  name: 'policy-applications',
  permissions: policyApplicationPermissions,
  routes: policyApplicationRoutes,
  timerHandlers: applicationTimerHandlers,
  timelineSources: [applicationTimelineSource, payoutTimelineSource],
  mergeSteps: [movePolicyApplications],
  attachmentKinds: [policyApplicationAttachmentKind],
  seedDemo: seedDemoApplications,
  messages: policyApplicationMessages,
});
