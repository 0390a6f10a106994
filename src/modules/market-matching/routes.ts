import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { findDemandsForListing } from './find-demands-for-listing.ts';
import { findListingsForDemand } from './find-listings-for-demand.ts';
import { LiveMatchIndex, registerLiveIndex } from './live-match-index.ts';
import { previewMatches } from './preview-matches.ts';
import { demandMatches, listingMatches, matchPreviewBody, matchQuery } from './schemas.ts';
import './messages.ts';

const tags = ['market matching'];

/**
 * The match routes, and the instance's matching index behind them. The index is built when the app becomes ready
 * (Fastify's onReady, before it listens), so an instance that answers at all matches against every published
 * record; it then follows the database's change notices.
 */
export async function marketMatchingRoutes(app: FastifyInstance): Promise<void> {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const index = new LiveMatchIndex(db, app.log);
  const unregister = registerLiveIndex(app.ctx, index);
  app.addHook('onReady', () => index.start(app.changeFeed));
  app.addHook('onClose', async () => {
    unregister();
    await index.close();
  });

  typed.get('/api/market/demands/:id/matches', {
    config: { permission: 'demand.read' },
    schema: {
      tags,
      summary: 'The published listings that best answer a demand, each with why, in the reader’s language',
      description: 'For a demand the caller may see (its owner, reviewers, anyone once published); 404 otherwise.',
      params: idParams,
      querystring: matchQuery,
      response: { 200: listingMatches, ...problemResponses },
    },
    handler: (request) => findListingsForDemand(db, index, workflowActorOf(request), request.locale, request.params.id, request.query.top),
  });

  typed.get('/api/market/listings/:id/matches', {
    config: { permission: 'listing.read' },
    schema: {
      tags,
      summary: 'The published demands (technology and capital) that a listing best answers, each with why',
      description: 'For a listing the caller may see; 404 otherwise. Demands show their public words only.',
      params: idParams,
      querystring: matchQuery,
      response: { 200: demandMatches, ...problemResponses },
    },
    handler: (request) => findDemandsForListing(db, index, workflowActorOf(request), request.locale, request.params.id, request.query.top),
  });

  typed.post('/api/market/match-preview', {
    config: { permission: 'demand.write' },
    schema: {
      tags,
      summary: 'The best published listings for a demand being written, as the demand form shows them while one types',
      description: 'Nothing is stored. Every field is optional; a draft without words matches nothing.',
      body: matchPreviewBody,
      response: { 200: listingMatches, ...problemResponses },
    },
    handler: (request) => previewMatches(db, index, workflowActorOf(request), request.locale, request.body),
  });
}
