import { PieChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const EvaluationPage = lazy(() => import('./EvaluationPage.tsx').then((m) => ({ default: m.EvaluationPage })));
const EvaluationEnterprisesPage = lazy(() => import('./EvaluationEnterprisesPage.tsx').then((m) => ({ default: m.EvaluationEnterprisesPage })));

/** The policies' evaluation for the policy office and leaders. */
export const policyEvaluationWebModule = defineWebModule({
  name: 'policy-evaluation',
  routes: [
    { path: 'reports/policies', page: EvaluationPage, permission: 'policyEvaluation.read' },
    { path: 'reports/policies/enterprises', page: EvaluationEnterprisesPage, permission: 'policyEvaluation.read' },
  ],
  navigation: [{ key: 'policyEvaluation', path: '/reports/policies', icon: <PieChartOutlined />, permission: 'policyEvaluation.read' }],
});
