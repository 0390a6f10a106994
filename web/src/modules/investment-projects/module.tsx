import { FundProjectionScreenOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const ProjectsPage = lazy(() => import('./ProjectsPage.tsx').then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => import('./ProjectPage.tsx').then((m) => ({ default: m.ProjectPage })));
const RankingsPage = lazy(() => import('./RankingsPage.tsx').then((m) => ({ default: m.RankingsPage })));
const LedgerImportPage = lazy(() => import('./LedgerImportPage.tsx').then((m) => ({ default: m.LedgerImportPage })));
const MyDayCard = lazy(() => import('./MyDayCard.tsx').then((m) => ({ default: m.MyDayCard })));

/** Investment projects (招商项目): the kanban, table and follow-up calendar, a project's page, and the officer's day. */
export const investmentProjectsWebModule = defineWebModule({
  name: 'investment-projects',
  routes: [
    { path: 'projects', page: ProjectsPage, permission: 'project.read' },
    { path: 'projects/import', page: LedgerImportPage, permission: 'project.import' },
    { path: 'projects/:id', page: ProjectPage, permission: 'project.read' },
    { path: 'rankings', page: RankingsPage, permission: 'project.read' },
  ],
  navigation: [
    { key: 'projects', path: '/projects', icon: <FundProjectionScreenOutlined />, permission: 'project.read' },
    { key: 'rankings', path: '/rankings', icon: <TrophyOutlined />, permission: 'project.read' },
  ],
  quickSearch: [{ kind: 'project', label: 'projects', pathOf: (id) => `/projects/${id}` }],
  homeCards: [{ key: 'project-my-day', permission: 'project.work', hiddenFrom: 'project.readAll', card: MyDayCard }],
});
