import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/schemas.ts';
import { referenceData } from './reference-data.ts';
import { industryMatchSchema, industrySearchQuery, industryTreeSchema, regionTreeSchema } from './schemas.ts';
import { searchIndustries } from './search-industries.ts';

interface Representation {
  body: string;
  etag: string;
}
const representations = new WeakMap<object, Representation>();

/** The tree serialised and hashed once per process (the tables change only with a release), not per request. */
function representationOf(tree: object): Representation {
  let found = representations.get(tree);
  if (!found) {
    const body = JSON.stringify(tree);
    found = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    representations.set(tree, found);
  }
  return found;
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch?.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === etag || candidate === '*';
  }) ?? false;

/**
 * A large, rarely changing tree: the browser asks each time (no-cache) with If-None-Match and gets an empty 304
 * while it has the current one, so a release with new tables is seen at once without 319 KB per list visit.
 */
function sendTree(request: FastifyRequest, reply: FastifyReply, tree: object) {
  const { body, etag } = representationOf(tree);
  // Names follow the reader's language, so a cache must not hand one language's tree to a reader of another.
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-language');
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

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
    handler: async (request, reply) => sendTree(request, reply, (await referenceData(db)).localized(request.locale).industryTree),
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
    handler: async (request, reply) => sendTree(request, reply, (await referenceData(db)).localized(request.locale).regionTree),
  });
}
