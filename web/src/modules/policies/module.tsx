import { FileProtectOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const PolicyListPage = lazy(() => import('./PolicyListPage.tsx').then((m) => ({ default: m.PolicyListPage })));
const PolicyListsPage = lazy(() => import('./PolicyListsPage.tsx').then((m) => ({ default: m.PolicyListsPage })));
const PolicyPage = lazy(() => import('./PolicyPage.tsx').then((m) => ({ default: m.PolicyPage })));
const PoliciesForMePage = lazy(() => import('./eligibility/PoliciesForMePage.tsx').then((m) => ({ default: m.PoliciesForMePage })));
const EligibleEnterprisesPage = lazy(() => import('./eligibility/EligibleEnterprisesPage.tsx').then((m) => ({ default: m.EligibleEnterprisesPage })));
const PolicyFitCard = lazy(() => import('./eligibility/PolicyFitCard.tsx').then((m) => ({ default: m.PolicyFitCard })));
const NewlyEligibleCard = lazy(() => import('./eligibility/NewlyEligibleCard.tsx').then((m) => ({ default: m.NewlyEligibleCard })));

/** Policies (惠企政策): the library with guides and benefit items, for staff in full and for organisations as published. */
export const policiesWebModule = defineWebModule({
  name: 'policies',
  routes: [
    { path: 'policies', page: PolicyListPage, permission: ['policy.read', 'policy.browse'] },
    { path: 'policies/lists', page: PolicyListsPage, permission: 'policy.read' },
    { path: 'policies/:id', page: PolicyPage, permission: ['policy.read', 'policy.browse'] },
    { path: 'policies/for-me', page: PoliciesForMePage, permission: 'policy.browse' },
    { path: 'policies/items/:itemId/eligible', page: EligibleEnterprisesPage, permission: 'policy.read' },
  ],
  navigation: [
    { key: 'policiesForMe', path: '/policies/for-me', icon: <SolutionOutlined />, permission: 'policy.browse' },
    { key: 'policies', path: '/policies', icon: <FileProtectOutlined />, permission: ['policy.read', 'policy.browse'] },
  ],
  homeCards: [{ key: 'policy-newly-eligible', permission: 'keyEnterprise.linked', card: NewlyEligibleCard }],
  enterpriseCards: [{ key: 'policy-fit', permission: 'policy.read', card: PolicyFitCard }],
});
