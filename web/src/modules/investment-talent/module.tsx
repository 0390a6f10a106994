import { IdcardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const TalentListPage = lazy(() => import('./TalentListPage.tsx').then((m) => ({ default: m.TalentListPage })));
const TalentPage = lazy(() => import('./TalentPage.tsx').then((m) => ({ default: m.TalentPage })));

/** Talent (招才引智): the people and teams courted to come, a record's page with its moves, and its form. */
export const investmentTalentWebModule = defineWebModule({
  name: 'investment-talent',
  routes: [
    { path: 'talent', page: TalentListPage, permission: 'talent.read' },
    { path: 'talent/:id', page: TalentPage, permission: 'talent.read' },
  ],
  navigation: [{ key: 'talent', path: '/talent', icon: <IdcardOutlined />, permission: 'talent.read' }],
  quickSearch: [{ kind: 'talent', label: 'talent', pathOf: (id) => `/talent/${id}` }],
});
