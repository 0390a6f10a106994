import { defineModule } from '../../server/module.ts';
import { talentMessages } from './messages.ts';
import { moveTalentLandings } from './move-talent-enterprise.ts';
import { talentPermissions } from './permissions.ts';
import { talentRoutes } from './routes.ts';
import { talentQuickSearch } from './quick-search-talent.ts';
import { seedDemoTalent } from './seed-demo-talent.ts';
import { landedTalentMeasure } from './talent-figures.ts';
import { talentTimelineSource } from './talent-timeline.ts';

/** Talent (招才引智): people and teams courted to come, 接触 → 意向 → 落地, kept by teams, linked to their project. */
export const investmentTalentModule = defineModule({
  name: 'investment-talent',
  permissions: talentPermissions,
  routes: talentRoutes,
  timelineSources: [talentTimelineSource],
  mergeSteps: [moveTalentLandings],
  quickSearch: talentQuickSearch,
  teamMeasures: [landedTalentMeasure],
  seedDemo: seedDemoTalent,
  messages: talentMessages,
});
