import { defineModule } from '../../server/module.ts';
import { figuresChangedJobDefinition, policyPublishedJobDefinition } from './eligibility/push-jobs.ts';
import { eligibilityRoutes } from './eligibility/routes.ts';
import { policyTimerHandlers } from './guide-timer.ts';
import { policyMessages } from './messages.ts';
import { moveListMemberships } from './move-list-memberships.ts';
import { policyPermissions } from './permissions.ts';
import { policyAttachmentKind } from './policy-attachments.ts';
import { policyRoutes } from './routes.ts';
import { seedDemoPolicies } from './seed-demo-policies.ts';

/**
 * Policies (惠企政策): the library with guides, benefit items whose conditions are rules checked against the master
 * record, each enterprise's fit explained, and the push of newly fitting items.
 */
export const policiesModule = defineModule({
  name: 'policies',
  permissions: policyPermissions,
  routes: async (app, options) => {
    await app.register(policyRoutes, options);
    await app.register(eligibilityRoutes);
  },
  timerHandlers: policyTimerHandlers,
  attachmentKinds: [policyAttachmentKind],
  mergeSteps: [moveListMemberships],
  seedDemo: seedDemoPolicies,
  messages: policyMessages,
  jobs: (ctx) => [policyPublishedJobDefinition(ctx), figuresChangedJobDefinition(ctx)],
});
