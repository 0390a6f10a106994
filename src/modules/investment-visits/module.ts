import { defineModule } from '../../server/module.ts';
import { visitMessages } from './messages.ts';
import { visitPermissions } from './permissions.ts';
import { visitRoutes } from './routes.ts';
import { seedDemoVisits } from './seed-demo-visits.ts';
import { visitAttachmentKind } from './visit-attachments.ts';
import { visitsMeasure } from './visit-measure.ts';
import { moveVisits, visitTimelineSource } from './visit-timeline.ts';

/** Investment promotion visits (走访 / 洽谈) and field trips: concerns, next steps, trip reports, monthly activity. */
export const investmentVisitsModule = defineModule({
  name: 'investment-visits',
  permissions: visitPermissions,
  routes: visitRoutes,
  timelineSources: [visitTimelineSource],
  mergeSteps: [moveVisits],
  attachmentKinds: [visitAttachmentKind],
  teamMeasures: [visitsMeasure],
  seedDemo: seedDemoVisits,
  messages: visitMessages,
});
