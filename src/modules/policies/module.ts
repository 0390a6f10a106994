import { defineModule } from '../../server/module.ts';
import { figuresChangedJobDefinition, policyPublishedJobDefinition } from './eligibility/push-jobs.ts';
import { eligibilityRoutes } from './eligibility/routes.ts';
import { policyMessages } from './messages.ts';
import { policyPermissions } from './permissions.ts';

/**
 * Policies (惠企政策): the library with guides, benefit items whose conditions are rules checked against the master
 * record, each enterprise's fit explained, and the push of newly fitting items.
 */
export const policiesModule = defineModule({
  name: 'policies',
  permissions: policyPermissions,
  messages: policyMessages,
  routes: async (app) => {
    await app.register(eligibilityRoutes);
  },
  jobs: (ctx) => [policyPublishedJobDefinition(ctx), figuresChangedJobDefinition(ctx)],
});
