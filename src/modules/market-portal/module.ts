import { defineModule } from '../../server/module.ts';
import { portalRoutes } from './routes.ts';

/**
 * The technology market's public portal: published listings and demands for readers who have not signed in, and
 * the views of each listing, the first step of its funnel (`listingViewCounts`).
 */
export const marketPortalModule = defineModule({
  name: 'market-portal',
  routes: portalRoutes,
});
