import { CalendarOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const EnterpriseEventsPage = lazy(() => import('./EnterpriseEventsPage.tsx').then((m) => ({ default: m.EnterpriseEventsPage })));
const EnterpriseEventPage = lazy(() => import('./EnterpriseEventPage.tsx').then((m) => ({ default: m.EnterpriseEventPage })));
const MyEventsPage = lazy(() => import('./MyEventsPage.tsx').then((m) => ({ default: m.MyEventsPage })));

/** Events for enterprises (考察交流, 训练营, 英雄榜): the organisers' list and event page, and an enterprise's invitations. */
export const enterpriseEventsWebModule = defineWebModule({
  name: 'enterprise-events',
  routes: [
    { path: 'enterprise-events', page: EnterpriseEventsPage, permission: 'enterpriseEvent.read' },
    { path: 'enterprise-events/:id', page: EnterpriseEventPage, permission: 'enterpriseEvent.read' },
    { path: 'my-events', page: MyEventsPage, permission: 'enterpriseEvent.respond' },
  ],
  navigation: [
    { key: 'enterpriseEvents', path: '/enterprise-events', icon: <TrophyOutlined />, permission: 'enterpriseEvent.read' },
    { key: 'myEvents', path: '/my-events', icon: <CalendarOutlined />, permission: 'enterpriseEvent.respond' },
  ],
});
