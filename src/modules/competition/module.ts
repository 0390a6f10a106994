import { defineModule } from '../../server/module.ts';
import { competitionMessages } from './messages.ts';
import { competitionPermissions } from './permissions.ts';
import { judgingMessages } from './judging/judging-messages.ts';
import { judgingRoutes } from './judging/judging-routes.ts';
import { competitionRoutes } from './routes.ts';
import { scoringRoutes } from './scoring/scoring-routes.ts';
import { seedDemoCompetition } from './seed-demo-competition.ts';

/**
 * The innovation competition (蓝贝国际创新大赛): editions with their tracks, regional rounds and the final, each
 * round's phases with who goes on from each, and the prizes.
 */
export const competitionModule = defineModule({
  name: 'competition',
  permissions: competitionPermissions,
  routes: async (app) => {
    await app.register(competitionRoutes);
    await app.register(judgingRoutes);
    await app.register(scoringRoutes);
  },
  seedDemo: seedDemoCompetition,
  messages: { ...competitionMessages, ...judgingMessages },
});
