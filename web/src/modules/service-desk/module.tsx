import { CustomerServiceOutlined, FileTextOutlined, InboxOutlined, ScheduleOutlined, SettingOutlined, TagsOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const MyRequestsPage = lazy(() => import('./MyRequestsPage.tsx').then((m) => ({ default: m.MyRequestsPage })));
const SubmitRequestPage = lazy(() => import('./SubmitRequestPage.tsx').then((m) => ({ default: m.SubmitRequestPage })));
const RequestPage = lazy(() => import('./RequestPage.tsx').then((m) => ({ default: m.RequestPage })));
const QueuePage = lazy(() => import('./QueuePage.tsx').then((m) => ({ default: m.QueuePage })));
const CategoriesPage = lazy(() => import('./CategoriesPage.tsx').then((m) => ({ default: m.CategoriesPage })));
const MarketWindowsCard = lazy(() => import('./MarketWindows.tsx').then((m) => ({ default: m.MarketWindowsCard })));
const DeskAdminPage = lazy(() => import('./DeskAdminPage.tsx').then((m) => ({ default: m.DeskAdminPage })));
const SummaryListPage = lazy(() => import('./SummaryListPage.tsx').then((m) => ({ default: m.SummaryListPage })));
const SummaryPage = lazy(() => import('./SummaryPage.tsx').then((m) => ({ default: m.SummaryPage })));

/**
 * The enterprise service desk: an enterprise's (or an investor's) requests, the agents' queues, the desk's settings;
 * the technology market's service windows are its categories marked as market windows, asked from a home card.
 */
export const serviceDeskWebModule = defineWebModule({
  name: 'service-desk',
  routes: [
    { path: 'service-desk', page: MyRequestsPage, permission: 'serviceRequest.submit' },
    // Enterprises submit for themselves, agents log a call; the page asks agents for the enterprise.
    { path: 'service-desk/new', page: SubmitRequestPage, permission: 'serviceRequest.submit' },
    { path: 'service-desk/log', page: SubmitRequestPage, permission: 'serviceRequest.log' },
    { path: 'service-desk/requests/:id', page: RequestPage, permission: 'serviceRequest.read' },
    { path: 'service-desk/queue', page: QueuePage, permission: 'serviceDesk.queue' },
    { path: 'admin/service-desk', page: DeskAdminPage, permission: 'serviceDesk.admin' },
    { path: 'admin/service-categories', page: CategoriesPage, permission: 'serviceCategory.admin' },
    { path: 'service-desk/summaries', page: SummaryListPage, permission: 'serviceDeskSummary.read' },
    { path: 'service-desk/summaries/:teamId/:day', page: SummaryPage, permission: 'serviceDeskSummary.read' },
  ],
  navigation: [
    { key: 'serviceDesk', path: '/service-desk', icon: <CustomerServiceOutlined />, permission: 'serviceRequest.submit' },
    { key: 'serviceDeskQueue', path: '/service-desk/queue', icon: <InboxOutlined />, permission: 'serviceDesk.queue' },
    // The agents' own roster (the teams' page): who is on shift when, and the swaps they ask for.
    { key: 'serviceDeskRoster', path: '/roster', icon: <ScheduleOutlined />, permission: 'serviceDesk.queue' },
    { key: 'serviceDeskSummaries', path: '/service-desk/summaries', icon: <FileTextOutlined />, permission: 'serviceDeskSummary.read' },
    { key: 'serviceDeskSettings', path: '/admin/service-desk', icon: <SettingOutlined />, permission: 'serviceDesk.admin', group: 'administration' },
    { key: 'serviceCategories', path: '/admin/service-categories', icon: <TagsOutlined />, permission: 'serviceCategory.admin', group: 'administration' },
  ],
  homeCards: [{ key: 'market-windows', permission: 'serviceRequest.submit', card: MarketWindowsCard }],
});
