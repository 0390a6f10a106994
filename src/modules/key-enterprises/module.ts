import { defineModule } from '../../server/module.ts';
import { linkTimelineSource } from './link-timeline.ts';
import { mergeLinksStep } from './merge-links.ts';
import { keyEnterpriseMessages } from './messages.ts';
import type { OpenRequestsProvider } from './open-requests.ts';
import { keyEnterprisePermissions } from './permissions.ts';
import { keyEnterpriseRoutes } from './routes.ts';
import { seedDemoKeyEnterprises } from './seed-demo-key-enterprises.ts';

/**
 * Key enterprises (挂点联系): district leaders and policy commissioners linked to enterprises over periods. The
 * modules that keep enterprises' requests supply their open ones for the linked person's home card through
 * `openRequests`, handed over by the composition so that this module imports none of them.
 */
export const keyEnterprisesModule = (providers: { openRequests: readonly OpenRequestsProvider[] }) =>
  defineModule({
    name: 'key-enterprises',
    permissions: keyEnterprisePermissions,
    routes: async (app) => {
      await app.register(keyEnterpriseRoutes, { openRequests: providers.openRequests });
    },
    timelineSources: [linkTimelineSource],
    mergeSteps: [mergeLinksStep],
    seedDemo: seedDemoKeyEnterprises,
    messages: keyEnterpriseMessages,
  });
