import { ApartmentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const TeamsPage = lazy(() => import('./TeamsPage.tsx').then((m) => ({ default: m.TeamsPage })));
const MyRosterPage = lazy(() => import('./MyRosterPage.tsx').then((m) => ({ default: m.MyRosterPage })));
const RosterPage = lazy(() => import('./RosterPage.tsx').then((m) => ({ default: m.RosterPage })));

/** Teams of staff and who belongs to them when (the platform's teams), and each team's on-call roster. */
export const teamsWebModule = defineWebModule({
  name: 'teams',
  routes: [
    { path: 'teams', page: TeamsPage, permission: 'team.read' },
    { path: 'teams/:id/roster', page: RosterPage, permission: 'team.read' },
    { path: 'roster', page: MyRosterPage, permission: 'team.read' },
  ],
  // In the menu for those who keep the teams; every member of staff may still open the page from a link.
  navigation: [{ key: 'teams', path: '/teams', icon: <ApartmentOutlined />, permission: 'team.admin', group: 'administration' }],
});
