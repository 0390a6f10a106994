import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/plugin.ts';
import { problemResponses } from '../http/schemas.ts';
import { quickSearch, type QuickSearchSource } from './quick-search.ts';

const quickSearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

const quickSearchResponse = z.object({
  groups: z.array(
    z.object({
      kind: z.string(),
      hits: z.array(z.object({ id: z.string(), title: z.string(), subtitle: z.string().nullable() })),
    }),
  ),
});

export async function quickSearchRoutes(instance: FastifyInstance, options: { sources: readonly QuickSearchSource[] }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get('/api/search', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['search'],
      summary: 'The header quick search: records of every kind the caller may open, grouped by kind',
      querystring: quickSearchQuery,
      response: { 200: quickSearchResponse, ...problemResponses },
    },
    handler: async (request) => ({ groups: await quickSearch(app.ctx.db, currentUser(request), options.sources, { ...request.query, locale: request.locale }) }),
  });
}
