import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { deleteTag } from './delete-tag.ts';
import { listTags } from './list-tags.ts';
import { saveTag } from './save-tag.ts';
import { createTagBody, tagSchema, updateTagBody } from './schemas.ts';
import './messages.ts';

export async function tagRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['tags'];
  const admin = { permission: 'tag.admin' } as const;

  app.get('/api/tags', {
    config: { permission: 'enterprise.browse' },
    schema: { tags, summary: 'All enterprise tags', response: { 200: z.array(tagSchema), ...problemResponses } },
    handler: async () => listTags(db),
  });

  app.post('/api/tags', {
    config: admin,
    schema: { tags, summary: 'Create a tag', body: createTagBody, response: { 201: tagSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await saveTag(db, actorOf(request), request.body)),
  });

  app.patch('/api/tags/:id', {
    config: admin,
    schema: { tags, summary: 'Rename or recolour a tag', params: idParams, body: updateTagBody, response: { 200: tagSchema, ...problemResponses } },
    handler: async (request) => saveTag(db, actorOf(request), { ...request.body, id: request.params.id }),
  });

  app.delete('/api/tags/:id', {
    config: admin,
    schema: { tags, summary: 'Delete a tag; enterprises carrying it lose it', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteTag(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
