import { defineModule } from '../../server/module.ts';
import { marketStatisticsMessages } from './messages.ts';
import { marketStatisticsPermissions } from './permissions.ts';
import { marketStatisticsRoutes } from './routes.ts';

/** The technology market's figures for its operator and the district's leaders, on screen and as a workbook. */
export const marketStatisticsModule = defineModule({
  name: 'market-statistics',
  permissions: marketStatisticsPermissions,
  routes: marketStatisticsRoutes,
  messages: marketStatisticsMessages,
});
