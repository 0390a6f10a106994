import { defineModule } from '../../server/module.ts';
import { policyEvaluationMessages } from './messages.ts';
import { policyEvaluationPermissions } from './permissions.ts';
import { policyEvaluationRoutes } from './routes.ts';

/**
 * The policies' evaluation (政策评估) for the policy office and leaders: per policy and benefit item, how many
 * enterprises fit, were told, applied, were approved and paid, the money paid, the days it took and the enterprises'
 * ratings; each figure opens its enterprises; as a workbook too.
 */
export const policyEvaluationModule = defineModule({
  name: 'policy-evaluation',
  permissions: policyEvaluationPermissions,
  routes: policyEvaluationRoutes,
  messages: policyEvaluationMessages,
});
