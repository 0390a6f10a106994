import { CarOutlined, LineChartOutlined, ScheduleOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const VisitsPage = lazy(() => import('./VisitsPage.tsx').then((m) => ({ default: m.VisitsPage })));
const VisitPage = lazy(() => import('./VisitPage.tsx').then((m) => ({ default: m.VisitPage })));
const QuickVisitPage = lazy(() => import('./QuickVisitPage.tsx').then((m) => ({ default: m.QuickVisitPage })));
const TripsPage = lazy(() => import('./TripsPage.tsx').then((m) => ({ default: m.TripsPage })));
const TripPage = lazy(() => import('./TripPage.tsx').then((m) => ({ default: m.TripPage })));
const ActivityPage = lazy(() => import('./ActivityPage.tsx').then((m) => ({ default: m.ActivityPage })));
const VisitHomeCard = lazy(() => import('./VisitHomeCard.tsx').then((m) => ({ default: m.VisitHomeCard })));

/** Investment promotion visits (走访): the quick form for the field, the list, trips and their reports, monthly activity. */
export const investmentVisitsWebModule = defineWebModule({
  name: 'investment-visits',
  routes: [
    { path: 'visits', page: VisitsPage, permission: 'visit.read' },
    { path: 'visits/new', page: QuickVisitPage, permission: 'visit.record' },
    { path: 'visits/trips', page: TripsPage, permission: 'visit.read' },
    { path: 'visits/trips/:id', page: TripPage, permission: 'visit.read' },
    { path: 'visits/activity', page: ActivityPage, permission: 'visit.read' },
    { path: 'visits/:id', page: VisitPage, permission: 'visit.read' },
  ],
  navigation: [
    { key: 'visits', path: '/visits', icon: <CarOutlined />, permission: 'visit.read' },
    { key: 'visitTrips', path: '/visits/trips', icon: <ScheduleOutlined />, permission: 'visit.read' },
    { key: 'visitActivity', path: '/visits/activity', icon: <LineChartOutlined />, permission: 'visit.read' },
  ],
  homeCards: [{ key: 'visit-next-steps', permission: 'visit.record', hiddenFrom: 'visit.readAll', card: VisitHomeCard }],
});
