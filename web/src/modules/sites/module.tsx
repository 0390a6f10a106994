import { HomeOutlined, ShopOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const SitesPage = lazy(() => import('./SitesPage.tsx').then((m) => ({ default: m.SitesPage })));
const SitePage = lazy(() => import('./SitePage.tsx').then((m) => ({ default: m.SitePage })));
const TenanciesPage = lazy(() => import('./TenanciesPage.tsx').then((m) => ({ default: m.TenanciesPage })));

/** Sites and tenants (载体): parks, buildings, floors and units, leases, occupancy; a tenant's own leases. */
export const sitesWebModule = defineWebModule({
  name: 'sites',
  routes: [
    { path: 'sites', page: SitesPage, permission: 'sites.read' },
    { path: 'sites/:id', page: SitePage, permission: 'sites.read' },
    { path: 'tenancies', page: TenanciesPage, permission: 'sites.tenancy' },
  ],
  navigation: [
    { key: 'sites', path: '/sites', icon: <ShopOutlined />, permission: 'sites.read' },
    { key: 'tenancies', path: '/tenancies', icon: <HomeOutlined />, permission: 'sites.tenancy' },
  ],
  quickSearch: [{ kind: 'site', label: 'sites', pathOf: (id) => `/sites/${id}` }],
});
