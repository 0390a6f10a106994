import { defineModule } from '../../server/module.ts';
import { marketMatchingMessages } from './messages.ts';
import { listingPublishedJobDefinition } from './notify-listing-matches.ts';
import { marketMatchingRoutes } from './routes.ts';

/**
 * Matching, live: each instance's matching index of the published market (built at start, following every change
 * through the database's notices), the match routes, and the notices of a listing's publication to the owners of
 * the demands it answers.
 */
export const marketMatchingModule = defineModule({
  name: 'market-matching',
  routes: marketMatchingRoutes,
  jobs: (ctx) => [listingPublishedJobDefinition(ctx)],
  messages: marketMatchingMessages,
});
