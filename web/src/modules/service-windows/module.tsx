import { ControlOutlined, CustomerServiceOutlined, InboxOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const MyRequestsPage = lazy(() => import('./MyRequestsPage.tsx').then((m) => ({ default: m.MyRequestsPage })));
const NewRequestPage = lazy(() => import('./NewRequestPage.tsx').then((m) => ({ default: m.NewRequestPage })));
const RequestPage = lazy(() => import('./RequestPage.tsx').then((m) => ({ default: m.RequestPage })));
const QueuePage = lazy(() => import('./QueuePage.tsx').then((m) => ({ default: m.QueuePage })));
const WindowsAdminPage = lazy(() => import('./WindowsAdminPage.tsx').then((m) => ({ default: m.WindowsAdminPage })));

/** The technology market's service windows: requesters' requests, the staff's queue, the windows' settings. */
export const serviceWindowsWebModule = defineWebModule({
  name: 'service-windows',
  routes: [
    { path: 'service-windows', page: MyRequestsPage, permission: 'window-request.open' },
    // Requesters open for themselves, staff log a walk-in; the page asks staff for the enterprise.
    { path: 'service-windows/new', page: NewRequestPage, permission: 'window-request.read' },
    { path: 'service-windows/requests/:id', page: RequestPage, permission: 'window-request.read' },
    { path: 'service-windows/queue', page: QueuePage, permission: 'window-request.answer' },
    { path: 'admin/service-windows', page: WindowsAdminPage, permission: 'service-window.admin' },
  ],
  navigation: [
    { key: 'serviceWindows', path: '/service-windows', icon: <CustomerServiceOutlined />, permission: 'window-request.open' },
    { key: 'windowQueue', path: '/service-windows/queue', icon: <InboxOutlined />, permission: 'window-request.answer' },
    { key: 'windowSettings', path: '/admin/service-windows', icon: <ControlOutlined />, permission: 'service-window.admin', group: 'administration' },
  ],
});
