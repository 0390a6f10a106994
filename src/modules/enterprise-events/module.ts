import { defineModule } from '../../server/module.ts';
import { followUpTimerHandlers } from './follow-up-reminder.ts';
import { mergeParticipationsStep } from './merge-participations.ts';
import { enterpriseEventMessages } from './messages.ts';
import { participationTimelineSource } from './participation-timeline.ts';
import { enterpriseEventPermissions } from './permissions.ts';
import { enterpriseEventRoutes } from './routes.ts';
import { seedDemoEnterpriseEvents } from './seed-demo-enterprise-events.ts';

/**
 * Events organised for enterprises (考察交流, 训练营, 英雄榜, 沙龙): invitations from the master record, registration
 * within capacity and deadline, attendance and follow-up actions reminding their owners; distinct from the promotion events where projects
 * sign (investment-events).
 */
export const enterpriseEventsModule = defineModule({
  name: 'enterprise-events',
  permissions: enterpriseEventPermissions,
  routes: enterpriseEventRoutes,
  timelineSources: [participationTimelineSource],
  mergeSteps: [mergeParticipationsStep],
  timerHandlers: followUpTimerHandlers,
  seedDemo: seedDemoEnterpriseEvents,
  messages: enterpriseEventMessages,
});
