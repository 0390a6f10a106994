import { BankOutlined, ShopOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

// Pages load when first opened, so a phone on a slow network gets the sign-in page and the shell first.
const EnterpriseListPage = lazy(() => import('./EnterpriseListPage.tsx').then((m) => ({ default: m.EnterpriseListPage })));
const EnterpriseFormPage = lazy(() => import('./EnterpriseFormPage.tsx').then((m) => ({ default: m.EnterpriseFormPage })));
const EnterpriseDetailPage = lazy(() => import('./EnterpriseDetailPage.tsx').then((m) => ({ default: m.EnterpriseDetailPage })));
const EnterpriseImportPage = lazy(() => import('./EnterpriseImportPage.tsx').then((m) => ({ default: m.EnterpriseImportPage })));
const MyEnterprisePage = lazy(() => import('./MyEnterprisePage.tsx').then((m) => ({ default: m.MyEnterprisePage })));
const FigureImportPage = lazy(() => import('./figures/FigureImportPage.tsx').then((m) => ({ default: m.FigureImportPage })));
const EnterpriseFiguresCard = lazy(() => import('./figures/EnterpriseFiguresCard.tsx').then((m) => ({ default: m.EnterpriseFiguresCard })));
const EnterpriseOverviewCard = lazy(() => import('./EnterpriseOverviewCard.tsx').then((m) => ({ default: m.EnterpriseOverviewCard })));

export const enterprisesWebModule = defineWebModule({
  name: 'enterprises',
  routes: [
    { path: 'enterprises', page: EnterpriseListPage, permission: 'enterprise.browse' },
    { path: 'enterprises/new', page: EnterpriseFormPage, permission: 'enterprise.edit' },
    { path: 'enterprises/import', page: EnterpriseImportPage, permission: 'enterprise.import' },
    { path: 'enterprises/figures/import', page: FigureImportPage, permission: 'enterpriseFigure.import' },
    // An enterprise user may open their own enterprise; the server refuses any other.
    { path: 'enterprises/:id', page: EnterpriseDetailPage, permission: 'enterprise.read' },
    { path: 'enterprises/:id/edit', page: EnterpriseFormPage, permission: 'enterprise.read' },
    { path: 'my-enterprise', page: MyEnterprisePage, permission: 'enterprise.edit-own' },
  ],
  navigation: [
    { key: 'enterprises', path: '/enterprises', icon: <ShopOutlined />, permission: 'enterprise.browse' },
    { key: 'myEnterprise', path: '/my-enterprise', icon: <BankOutlined />, permission: 'enterprise.edit-own', start: true },
  ],
  // The yearly figures, for staff and for the enterprise's own user (its 我的企业 opens this page).
  enterpriseCards: [{ key: 'enterprise-figures', permission: 'enterpriseFigure.read', card: EnterpriseFiguresCard }],
  homeCards: [{ key: 'enterprise-overview', permission: 'enterprise.browse', card: EnterpriseOverviewCard, wide: true }],
  quickSearch: [{ kind: 'enterprise', label: 'enterprises', pathOf: (id) => `/enterprises/${id}` }],
});
