import { AimOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const LeadsPage = lazy(() => import('./LeadsPage.tsx').then((m) => ({ default: m.LeadsPage })));
const LeadPage = lazy(() => import('./LeadPage.tsx').then((m) => ({ default: m.LeadPage })));
const LeadHomeCard = lazy(() => import('./LeadHomeCard.tsx').then((m) => ({ default: m.LeadHomeCard })));

/** Investment promotion leads (招商线索) and their pool (公海); an officer's due follow-ups on the home page. */
export const investmentLeadsWebModule = defineWebModule({
  name: 'investment-leads',
  routes: [
    { path: 'leads', page: LeadsPage, permission: 'lead.read' },
    { path: 'leads/:id', page: LeadPage, permission: 'lead.read' },
  ],
  navigation: [{ key: 'leads', path: '/leads', icon: <AimOutlined />, permission: 'lead.read' }],
  quickSearch: [{ kind: 'lead', label: 'leads', pathOf: (id) => `/leads/${id}` }],
  homeCards: [{ key: 'lead-follow-ups', permission: 'lead.work', hiddenFrom: 'lead.readAll', card: LeadHomeCard }],
});
