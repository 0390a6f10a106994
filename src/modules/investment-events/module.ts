import { defineModule } from '../../server/module.ts';
import { eventMessages } from './messages.ts';
import { eventPermissions } from './permissions.ts';
import { eventRoutes } from './routes.ts';
import { seedDemoEvents } from './seed-demo-events.ts';

/** Promotion events (推介会, 签约仪式, 展会): the projects signed at each, counted once, and how far they have landed. */
export const investmentEventsModule = defineModule({
  name: 'investment-events',
  permissions: eventPermissions,
  routes: eventRoutes,
  messages: eventMessages,
  seedDemo: seedDemoEvents,
});
