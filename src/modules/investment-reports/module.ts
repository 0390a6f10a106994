import { defineModule } from '../../server/module.ts';
import { investmentReportMessages } from './messages.ts';
import { investmentReportPermissions } from './permissions.ts';
import { investmentReportRoutes } from './routes.ts';

/** 招商报表: the projects' pipeline, signings by sector, district, team and month, and the sites' occupancy; as a workbook too. */
export const investmentReportsModule = defineModule({
  name: 'investment-reports',
  permissions: investmentReportPermissions,
  routes: investmentReportRoutes,
  messages: investmentReportMessages,
});
