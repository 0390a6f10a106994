import { LineChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const ReportsPage = lazy(() => import('./ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));

/** 招商报表: the projects' pipeline, signings and the sites' occupancy for leaders and officers. */
export const investmentReportsWebModule = defineWebModule({
  name: 'investment-reports',
  routes: [{ path: 'reports/investment', page: ReportsPage, permission: 'projectReport.read' }],
  navigation: [{ key: 'investmentReports', path: '/reports/investment', icon: <LineChartOutlined />, permission: 'projectReport.read' }],
});
