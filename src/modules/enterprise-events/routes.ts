import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { notFound } from '../../platform/http/errors.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { addFollowUp } from './add-follow-up.ts';
import { completeFollowUp } from './complete-follow-up.ts';
import { deleteFollowUp } from './delete-follow-up.ts';
import { editFollowUp } from './edit-follow-up.ts';
import { listFollowUpOwners } from './follow-up-owners.ts';
import { getEnterpriseEvent } from './get-event.ts';
import { inviteEnterprises } from './invite-enterprises.ts';
import { listEnterpriseEvents } from './list-events.ts';
import { listMyFollowUps } from './list-my-follow-ups.ts';
import { listMyEvents } from './list-my-events.ts';
import { markAttendance } from './mark-attendance.ts';
import { respondToInvitation } from './respond-to-invitation.ts';
import { createEnterpriseEvent, updateEnterpriseEvent } from './save-event.ts';
import {
  attendanceBody,
  createEventBody,
  eventDetailSchema,
  eventListQuery,
  eventPage,
  followUpBody,
  followUpChangeBody,
  followUpOwnersSchema,
  inviteBody,
  myEventsSchema,
  myFollowUpsSchema,
  respondBody,
  updateEventBody,
} from './schemas.ts';
import './messages.ts';

export async function enterpriseEventRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['enterprise-events'];
  const detail = { 200: eventDetailSchema, ...problemResponses };
  const eventOf = (request: Parameters<typeof currentUser>[0], id: string) => getEnterpriseEvent(db, currentUser(request), id);

  app.get('/api/enterprise-events', {
    config: { permission: 'enterpriseEvent.read' },
    schema: { tags, summary: 'A page of events for enterprises (考察交流, 训练营, 英雄榜), the latest first, by kind, state and text', querystring: eventListQuery, response: { 200: eventPage, ...problemResponses } },
    handler: async (request) => listEnterpriseEvents(db, request.query),
  });

  app.post('/api/enterprise-events', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: { tags, summary: 'Create an event for enterprises, as a draft', body: createEventBody, response: { 201: eventDetailSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await eventOf(request, await createEnterpriseEvent(db, actorOf(request), request.body))),
  });

  app.get('/api/enterprise-events/mine', {
    config: { permission: 'enterpriseEvent.respond' },
    schema: { tags, summary: "The caller's enterprise's invitations and listings, with whether it may register or decline", response: { 200: myEventsSchema, ...problemResponses } },
    handler: async (request) => {
      const { enterpriseId } = currentUser(request);
      return enterpriseId ? listMyEvents(db, enterpriseId) : { items: [] };
    },
  });

  app.get('/api/enterprise-events/follow-up-owners', {
    config: { permission: 'enterpriseEvent.read' },
    schema: { tags, summary: 'The staff a follow-up may be given to', response: { 200: followUpOwnersSchema, ...problemResponses } },
    handler: async () => listFollowUpOwners(db),
  });

  app.get('/api/enterprise-events/follow-ups/mine', {
    config: { permission: 'enterpriseEvent.read' },
    schema: { tags, summary: "The caller's open follow-up actions, the most overdue first, with how many are open and overdue", response: { 200: myFollowUpsSchema, ...problemResponses } },
    handler: async (request) => listMyFollowUps(db, currentUser(request).id),
  });

  app.get('/api/enterprise-events/:id', {
    config: { permission: 'enterpriseEvent.read' },
    schema: { tags, summary: 'One event with its firms and their status, and its follow-up actions', params: idParams, response: detail },
    handler: async (request) => eventOf(request, request.params.id),
  });

  app.patch('/api/enterprise-events/:id', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: {
      tags,
      summary: 'Change an event or move it between states',
      description: 'draft → open ⇄ closed → done (409 enterpriseEvent.stateMove otherwise); opening a draft sends the invitations prepared in it.',
      params: idParams,
      body: updateEventBody,
      response: detail,
    },
    handler: async (request) => {
      await updateEnterpriseEvent(db, app.ctx, actorOf(request), request.params.id, request.body);
      return eventOf(request, request.params.id);
    },
  });

  app.post('/api/enterprise-events/:id/participants', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: {
      tags,
      summary: 'Invite a batch of firms from the master record; on an honour list, list them with rank and citation',
      description: 'Firms already at the event are left as they are; their users are told, or when a draft event opens.',
      params: idParams,
      body: inviteBody,
      response: detail,
    },
    handler: async (request) => {
      await inviteEnterprises(db, app.ctx, actorOf(request), request.params.id, request.body);
      return eventOf(request, request.params.id);
    },
  });

  app.post('/api/enterprise-events/:id/attendance', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: { tags, summary: 'Mark firms present or absent', params: idParams, body: attendanceBody, response: detail },
    handler: async (request) => {
      await markAttendance(db, actorOf(request), request.params.id, request.body);
      return eventOf(request, request.params.id);
    },
  });

  app.post('/api/enterprise-events/:id/follow-ups', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: {
      tags,
      summary: 'Add a follow-up action with its owner and due day',
      description: 'An owner other than the caller is notified at once; the owner is reminded on the morning of the due day (the last working day before, when it is a day off) while it is open.',
      params: idParams,
      body: followUpBody,
      response: { 201: eventDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      await addFollowUp(db, app.ctx, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await eventOf(request, request.params.id));
    },
  });

  app.post('/api/enterprise-events/follow-ups/:id/done', {
    config: { permission: 'enterpriseEvent.read' },
    schema: {
      tags,
      summary: 'Mark a follow-up done, or open again: its owner or an organiser',
      params: idParams,
      body: z.object({ done: z.boolean() }),
      response: detail,
    },
    handler: async (request) => {
      const user = currentUser(request);
      const eventId = await completeFollowUp(db, { ...actorOf(request), permissions: user.permissions }, request.params.id, request.body.done);
      return eventOf(request, eventId);
    },
  });

  app.patch('/api/enterprise-events/follow-ups/:id', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: {
      tags,
      summary: "Change a follow-up's text, owner or due day",
      description:
        'A new owner other than the caller is notified as on creation; the reminder moves to the new due day (none once it has passed). A done follow-up keeps its owner and due day until reopened (409 enterpriseEvent.followUpDone); its text may still change.',
      params: idParams,
      body: followUpChangeBody,
      response: detail,
    },
    handler: async (request) => eventOf(request, await editFollowUp(db, app.ctx, actorOf(request), request.params.id, request.body)),
  });

  app.delete('/api/enterprise-events/follow-ups/:id', {
    config: { permission: 'enterpriseEvent.manage' },
    schema: { tags, summary: 'Delete a follow-up added by mistake, with its reminder', params: idParams, response: detail },
    handler: async (request) => eventOf(request, await deleteFollowUp(db, actorOf(request), request.params.id)),
  });

  for (const answer of ['register', 'decline'] as const) {
    app.post(`/api/enterprise-events/:id/${answer}`, {
      config: { permission: 'enterpriseEvent.respond' },
      schema: {
        tags,
        summary: answer === 'register' ? 'Register the caller\'s enterprise for an event it was invited to' : 'Decline an invitation',
        description: '404 for an event the enterprise was not invited to; 409 with the reason otherwise (deadline passed, full, not open).',
        params: idParams,
        body: respondBody,
        response: { 200: myEventsSchema, ...problemResponses },
      },
      handler: async (request) => {
        const { enterpriseId } = currentUser(request);
        if (!enterpriseId) throw notFound();
        await respondToInvitation(db, actorOf(request), enterpriseId, request.params.id, answer, request.body.contactPerson);
        return listMyEvents(db, enterpriseId);
      },
    });
  }
}
