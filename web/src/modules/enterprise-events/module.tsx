import { CalendarOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const EnterpriseEventsPage = lazy(() => import('./EnterpriseEventsPage.tsx').then((m) => ({ default: m.EnterpriseEventsPage })));
const EnterpriseEventPage = lazy(() => import('./EnterpriseEventPage.tsx').then((m) => ({ default: m.EnterpriseEventPage })));
const MyFollowUpsCard = lazy(() => import('./MyFollowUpsCard.tsx').then((m) => ({ default: m.MyFollowUpsCard })));
const MyEventsPage = lazy(() => import('./MyEventsPage.tsx').then((m) => ({ default: m.MyEventsPage })));

/**
 * Events for enterprises (考察交流, 训练营, 英雄榜): the organisers' list and event page, an enterprise's invitations,
 * and the follow-ups a member of staff owns on the home page.
 */
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
  homeCards: [{ key: 'enterprise-event-follow-ups', permission: 'enterpriseEvent.read', card: MyFollowUpsCard }],
});
