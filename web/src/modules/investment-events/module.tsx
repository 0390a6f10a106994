import { FlagOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const EventsPage = lazy(() => import('./EventsPage.tsx').then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => import('./EventPage.tsx').then((m) => ({ default: m.EventPage })));

/** Promotion events (推介会, 签约仪式, 展会): the list, and each event's signings, totals and landing tracker. */
export const investmentEventsWebModule = defineWebModule({
  name: 'investment-events',
  routes: [
    { path: 'events', page: EventsPage, permission: 'event.read' },
    { path: 'events/:id', page: EventPage, permission: 'event.read' },
  ],
  navigation: [{ key: 'events', path: '/events', icon: <FlagOutlined />, permission: 'event.read' }],
});
