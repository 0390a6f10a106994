import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { listMarketFields } from '../market/list-market-fields.ts';
import { listingKind, demandKind } from '../market/market-kinds.ts';
import { searchDemands } from '../market/search-demands.ts';
import { searchListings } from '../market/search-listings.ts';
import { presentPublicDemands, presentPublicListings } from './present-public.ts';
import { publicReader } from './public-reader.ts';
import { countListingView } from './record-listing-view.ts';
import { sourceRateLimit } from '../../platform/http/source-rate-limit.ts';
import {
  publicDemandPage,
  publicDemandQuery,
  publicDemandSchema,
  publicFieldSchema,
  publicListingDetailSchema,
  publicListingPage,
  publicListingQuery,
} from './schemas.ts';

/** What one source address may ask of the portal in a minute. */
export const portalRequestsPerMinute = 300;

/**
 * The public portal (门户): published listings and demands for anyone, signed in or not. Every route reads through
 * the market's policies as `publicReader`, so an unpublished id answers 404 like a missing one, and answers only
 * the public schemas, which hold no contacts and no confidential details.
 */
export async function portalRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['market portal'];
  const access = 'public' as const;
  // Generous for a person paging and reading, even behind one office's address; see sourceRateLimit.
  const limit = sourceRateLimit(portalRequestsPerMinute);
  const onRequest = async (request: FastifyRequest) => limit(request.ip);
  const responses = { ...problemResponses, 429: problemResponses[400] };

  app.get('/api/portal/fields', {
    config: { access },
    onRequest,
    schema: { tags, summary: 'The technology fields to filter by, named in the request\'s language', response: { 200: publicFieldSchema.array(), ...responses } },
    handler: async (request) => (await listMarketFields(db, request.locale, { includeInactive: false })).map(({ id, name }) => ({ id, name })),
  });

  app.get('/api/portal/listings', {
    config: { access },
    onRequest,
    schema: { tags, summary: 'Published listings, a page at a time (at most 50)', querystring: publicListingQuery, response: { 200: publicListingPage, ...responses } },
    handler: async (request) => {
      const { rows, total } = await searchListings(db, publicReader, request.query);
      return { items: await presentPublicListings(db, request.locale, rows), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  });
  app.get('/api/portal/listings/:id', {
    config: { access },
    onRequest,
    schema: { tags, summary: 'One published listing; counts as a view of it', description: '404 for any listing not published.', params: idParams, response: { 200: publicListingDetailSchema, ...responses } },
    handler: async (request) => {
      const row = await listingKind.policy.findVisible(db, publicReader, request.params.id);
      countListingView(db, request.log, null, row);
      const [listing] = await presentPublicListings(db, request.locale, [row]);
      return listing!;
    },
  });

  app.get('/api/portal/demands', {
    config: { access },
    onRequest,
    schema: { tags, summary: 'Published technology and capital demands, a page at a time (at most 50)', querystring: publicDemandQuery, response: { 200: publicDemandPage, ...responses } },
    handler: async (request) => {
      const { rows, total } = await searchDemands(db, publicReader, request.query);
      return { items: await presentPublicDemands(db, request.locale, rows), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  });
  app.get('/api/portal/demands/:id', {
    config: { access },
    onRequest,
    schema: { tags, summary: 'One published demand, without its confidential details', description: '404 for any demand not published.', params: idParams, response: { 200: publicDemandSchema, ...responses } },
    handler: async (request) => {
      const [demand] = await presentPublicDemands(db, request.locale, [await demandKind.policy.findVisible(db, publicReader, request.params.id)]);
      return demand!;
    },
  });
}
