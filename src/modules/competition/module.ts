import { defineModule } from '../../server/module.ts';
import { businessPlanKind, pitchDeckKind } from './entries/entry-attachments.ts';
import { entryTimelineSource, moveEntries } from './entries/entry-timeline.ts';
import { competitionMessages } from './messages.ts';
import { judgingMessages } from './judging/judging-messages.ts';
import { competitionPermissions } from './permissions.ts';
import { competitionRoutes } from './routes.ts';
import { seedDemoCompetition } from './seed-demo-competition.ts';

/**
 * The innovation competition (蓝贝国际创新大赛): editions with their tracks, regional rounds and the final, each
 * round's phases with who goes on from each, and the prizes; the entries, registered on a public form.
 */
export const competitionModule = defineModule({
  name: 'competition',
  permissions: competitionPermissions,
  routes: competitionRoutes,
  seedDemo: seedDemoCompetition,
  messages: { ...competitionMessages, ...judgingMessages },
  attachmentKinds: [businessPlanKind, pitchDeckKind],
  timelineSources: [entryTimelineSource],
  mergeSteps: [moveEntries],
});
