import { defineModule } from '../../server/module.ts';
import { projectMessages } from './messages.ts';
import { stalledProjectsJobDefinition } from './notify-stalled-projects.ts';
import { projectAttachmentKind } from './project-attachments.ts';
import { signedAmountMeasure, signedProjectsMeasure } from './project-measures.ts';
import { projectPermissions } from './permissions.ts';
import { moveProjects, projectTimelineSource } from './project-timeline.ts';
import { projectQuickSearch } from './quick-search-projects.ts';
import { projectRoutes } from './routes.ts';
import { seedDemoLandings } from './seed-demo-landings.ts';
import { seedDemoProjects } from './seed-demo-projects.ts';

/** Investment projects (招商项目): stages from 线索 to 达产 with their evidence, signings counted once, stalls flagged. */
export const investmentProjectsModule = defineModule({
  name: 'investment-projects',
  permissions: projectPermissions,
  routes: projectRoutes,
  jobs: (ctx) => [stalledProjectsJobDefinition(ctx)],
  timelineSources: [projectTimelineSource],
  mergeSteps: [moveProjects],
  quickSearch: projectQuickSearch,
  attachmentKinds: [projectAttachmentKind],
  teamMeasures: [signedProjectsMeasure, signedAmountMeasure],
  seedDemo: async (tx, seed) => {
    await seedDemoProjects(tx, seed);
    await seedDemoLandings(tx);
  },
  messages: projectMessages,
});
