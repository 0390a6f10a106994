import { defineModule } from '../../server/module.ts';
import { deskReportMessages } from './messages.ts';
import { deskReportRoutes } from './routes.ts';

/**
 * The service desk's reports for its supervisors and leaders (`serviceRequest.readAll`): SLA attainment, requests
 * created against resolved, the backlog's age and the enterprises' satisfaction, each figure opening its requests;
 * as a workbook too.
 */
export const serviceDeskReportsModule = defineModule({
  name: 'service-desk-reports',
  routes: deskReportRoutes,
  messages: deskReportMessages,
});
