import { BarChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const StatisticsPage = lazy(() => import('./StatisticsPage.tsx').then((m) => ({ default: m.StatisticsPage })));

/** The technology market's figures: a page for its operator and the district's leaders. */
export const marketStatisticsWebModule = defineWebModule({
  name: 'market-statistics',
  routes: [{ path: 'market/statistics', page: StatisticsPage, permission: 'marketStatistics.read' }],
  navigation: [{ key: 'marketStatistics', path: '/market/statistics', icon: <BarChartOutlined />, permission: 'marketStatistics.read' }],
});
