import { FundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const ReportsPage = lazy(() => import('./ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
const FigureRequestsPage = lazy(() => import('./FigureRequestsPage.tsx').then((m) => ({ default: m.FigureRequestsPage })));

/** The service desk's reports for its supervisors and leaders, who read every team's requests. */
export const serviceDeskReportsWebModule = defineWebModule({
  name: 'service-desk-reports',
  routes: [
    { path: 'reports/service-desk', page: ReportsPage, permission: 'serviceRequest.readAll' },
    { path: 'reports/service-desk/requests', page: FigureRequestsPage, permission: 'serviceRequest.readAll' },
  ],
  navigation: [{ key: 'serviceDeskReports', path: '/reports/service-desk', icon: <FundOutlined />, permission: 'serviceRequest.readAll' }],
});
