import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/schemas.ts';
import { referenceData } from './reference-data.ts';
import { industryMatchSchema, industrySearchQuery, industryTreeSchema, regionTreeSchema } from './schemas.ts';
import { searchIndustries } from './search-industries.ts';

// The tables change only with a release, so browsers may keep them for a while; names follow the language.
const cacheable = 'private, max-age=3600';
const cacheHeaders = { 'cache-control': cacheable, vary: 'accept-language' };

export async function referenceRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  app.get('/api/industries/tree', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['industries'],
      summary: 'The whole GB/T 4754-2017 industry classification as a tree, named in the request language',
      response: { 200: industryTreeSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      reply.headers(cacheHeaders);
      return (await referenceData(db)).localized(request.locale).industryTree;
    },
  });

  app.get('/api/industries', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['industries'],
      summary: 'Industries whose code, name (either script, or English) or note matches, with their paths, named in the request language; at most 50',
      querystring: industrySearchQuery,
      response: { 200: z.array(industryMatchSchema), ...problemResponses },
    },
    handler: async (request) => searchIndustries(await referenceData(db), request.query.q, request.locale),
  });

  app.get('/api/regions/tree', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['regions'],
      summary: 'Provinces, cities and districts (and functional zones) as a tree, named in the request language (English in pinyin)',
      response: { 200: regionTreeSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      reply.headers(cacheHeaders);
      return (await referenceData(db)).localized(request.locale).regionTree;
    },
  });
}
