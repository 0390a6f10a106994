import { defineModule } from '../../server/module.ts';
import { competitionMessages } from './messages.ts';
import { competitionPermissions } from './permissions.ts';
import { competitionRoutes } from './routes.ts';
import { seedDemoCompetition } from './seed-demo-competition.ts';

/**
 * The innovation competition (蓝贝国际创新大赛): editions with their tracks, regional rounds and the final, each
 * round's phases with who goes on from each, and the prizes.
 */
export const competitionModule = defineModule({
  name: 'competition',
  permissions: competitionPermissions,
  routes: competitionRoutes,
  seedDemo: seedDemoCompetition,
  messages: competitionMessages,
});
