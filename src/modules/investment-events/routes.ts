import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { getEvent } from './get-event.ts';
import { listEvents } from './list-events.ts';
import { createEvent, updateEvent } from './save-event.ts';
import { eventBody, eventDetailSchema, eventListQuery, eventPage, updateEventBody } from './schemas.ts';
import './messages.ts';

export async function eventRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['events'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const detail = { 200: eventDetailSchema, ...problemResponses };

  app.get('/api/events', {
    config: { permission: 'event.read' },
    schema: { tags, summary: 'A page of promotion events, newest first, by year, kind and text', querystring: eventListQuery, response: { 200: eventPage, ...problemResponses } },
    handler: async (request) => listEvents(db, request.query),
  });

  app.post('/api/events', {
    config: { permission: 'event.edit' },
    schema: {
      tags,
      summary: 'Record a promotion event (推介会, 签约仪式, 展会)',
      description: 'Administrators and leaders any; an officer only one organised by a team they lead (403 event.teamNotLed).',
      body: eventBody,
      response: { 201: eventDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const id = await createEvent(db, actor(request), request.body);
      return reply.status(201).send(await getEvent(db, currentUser(request), id, request.locale));
    },
  });

  app.get('/api/events/:id', {
    config: { permission: 'event.read' },
    schema: { tags, summary: 'One event: its signings, the projects counted there by sector, and how far they have landed since', params: idParams, response: detail },
    handler: async (request) => getEvent(db, currentUser(request), request.params.id, request.locale),
  });

  app.patch('/api/events/:id', {
    config: { permission: 'event.edit' },
    schema: { tags, summary: 'Change an event', params: idParams, body: updateEventBody, response: detail },
    handler: async (request) => {
      await updateEvent(db, actor(request), request.params.id, request.body);
      return getEvent(db, currentUser(request), request.params.id, request.locale);
    },
  });
}
