import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const CalendarYearsPage = lazy(() => import('./CalendarYearsPage.tsx').then((m) => ({ default: m.CalendarYearsPage })));

/** The working calendar's years: holidays and make-up working days, which SLA clocks and deadlines count on. */
export const calendarWebModule = defineWebModule({
  name: 'calendar',
  routes: [{ path: 'admin/calendar', page: CalendarYearsPage, permission: 'calendar.read' }],
  // In the menu for those who enter the years; every member of staff may still open the page from a link.
  navigation: [{ key: 'workingCalendar', path: '/admin/calendar', icon: <CalendarOutlined />, permission: 'calendar.admin', group: 'administration' }],
});
