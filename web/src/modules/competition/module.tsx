import { TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const EditionListPage = lazy(() => import('./EditionListPage.tsx').then((m) => ({ default: m.EditionListPage })));
const EditionPage = lazy(() => import('./EditionPage.tsx').then((m) => ({ default: m.EditionPage })));

/** The innovation competition (蓝贝): editions, and each edition's tracks, rounds with their phases, and prizes. */
export const competitionWebModule = defineWebModule({
  name: 'competition',
  routes: [
    { path: 'competition', page: EditionListPage, permission: 'competition.read' },
    { path: 'competition/:id', page: EditionPage, permission: 'competition.read' },
  ],
  navigation: [{ key: 'competition', path: '/competition', icon: <TrophyOutlined />, permission: 'competition.read' }],
});
