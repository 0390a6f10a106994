import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/schemas.ts';
import { referenceData } from './reference-data.ts';
import { industryMatchSchema, industrySearchQuery, industryTreeSchema, regionTreeSchema } from './schemas.ts';
import { searchIndustries } from './search-industries.ts';

// The tables change only with a release, so browsers may keep them for a while.
const cacheable = 'private, max-age=3600';

export async function referenceRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  app.get('/api/industries/tree', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['industries'],
      summary: 'The whole GB/T 4754-2017 industry classification as a tree',
      response: { 200: industryTreeSchema, ...problemResponses },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', cacheable);
      return (await referenceData(db)).industryTree;
    },
  });

  app.get('/api/industries', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['industries'],
      summary: 'Industries whose code, name or note matches (either script), with their paths; at most 50',
      querystring: industrySearchQuery,
      response: { 200: z.array(industryMatchSchema), ...problemResponses },
    },
    handler: async (request) => searchIndustries(await referenceData(db), request.query.q),
  });

  app.get('/api/regions/tree', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['regions'],
      summary: 'Provinces, cities and districts (and functional zones) as a tree',
      response: { 200: regionTreeSchema, ...problemResponses },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', cacheable);
      return (await referenceData(db)).regionTree;
    },
  });
}
