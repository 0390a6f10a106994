import { FileProtectOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const PolicyListPage = lazy(() => import('./PolicyListPage.tsx').then((m) => ({ default: m.PolicyListPage })));
const PolicyListsPage = lazy(() => import('./PolicyListsPage.tsx').then((m) => ({ default: m.PolicyListsPage })));
const PolicyPage = lazy(() => import('./PolicyPage.tsx').then((m) => ({ default: m.PolicyPage })));

/** Policies (惠企政策): the library with guides and benefit items, for staff in full and for organisations as published. */
export const policiesWebModule = defineWebModule({
  name: 'policies',
  routes: [
    { path: 'policies', page: PolicyListPage, permission: ['policy.read', 'policy.browse'] },
    { path: 'policies/lists', page: PolicyListsPage, permission: 'policy.read' },
    { path: 'policies/:id', page: PolicyPage, permission: ['policy.read', 'policy.browse'] },
  ],
  navigation: [{ key: 'policies', path: '/policies', icon: <FileProtectOutlined />, permission: ['policy.read', 'policy.browse'] }],
});
