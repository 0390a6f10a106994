import { AuditOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const MyApplicationsPage = lazy(() => import('./MyApplicationsPage.tsx').then((m) => ({ default: m.MyApplicationsPage })));
const ReviewQueuePage = lazy(() => import('./ReviewQueuePage.tsx').then((m) => ({ default: m.ReviewQueuePage })));
const ApplyPage = lazy(() => import('./ApplyPage.tsx').then((m) => ({ default: m.ApplyPage })));
const ApplicationPage = lazy(() => import('./ApplicationPage.tsx').then((m) => ({ default: m.ApplicationPage })));
const AutomaticPayoutsPage = lazy(() => import('./AutomaticPayoutsPage.tsx').then((m) => ({ default: m.AutomaticPayoutsPage })));
const PolicyBenefitsCard = lazy(() => import('./PolicyBenefitsCard.tsx').then((m) => ({ default: m.PolicyBenefitsCard })));

/**
 * Policy applications and payouts: the enterprise's applications (快申快享) and the apply form an item links to
 * (`/policy-applications/new?item=<id>`), the policy office's review queue, 免申即享 per automatic item (`/policy-items/<id>/automatic`), and the benefits on an enterprise's page.
 */
export const policyApplicationsWebModule = defineWebModule({
  name: 'policy-applications',
  routes: [
    { path: 'policy-applications', page: MyApplicationsPage, permission: 'policyApplication.apply' },
    { path: 'policy-applications/new', page: ApplyPage, permission: 'policyApplication.apply' },
    { path: 'policy-applications/queue', page: ReviewQueuePage, permission: 'policy.read' },
    { path: 'policy-applications/:id', page: ApplicationPage, permission: ['policy.read', 'policyApplication.apply'] },
    // 免申即享 for an automatic item; the policy page links each such item here.
    { path: 'policy-items/:id/automatic', page: AutomaticPayoutsPage, permission: 'policy.read' },
  ],
  navigation: [
    { key: 'policyApplications', path: '/policy-applications', icon: <SolutionOutlined />, permission: 'policyApplication.apply' },
    { key: 'policyApplicationQueue', path: '/policy-applications/queue', icon: <AuditOutlined />, permission: 'policyApplication.review' },
  ],
  enterpriseCards: [{ key: 'policy-benefits', permission: 'enterprise.read', card: PolicyBenefitsCard }],
});
