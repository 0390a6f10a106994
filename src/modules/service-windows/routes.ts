import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, can, currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { createWindow } from './create-window.ts';
import { getRequest } from './get-request.ts';
import { listRequests } from './list-requests.ts';
import { listWindows } from './list-windows.ts';
import { moveRequest } from './move-request.ts';
import { openRequest } from './open-request.ts';
import { replyToRequest } from './reply-to-request.ts';
import { requestScopeOf } from './request-policy.ts';
import {
  openRequestBody,
  replyBody,
  requestDetailSchema,
  requestListQuery,
  requestPage,
  windowCodeParams,
  windowInput,
  windowListQuery,
  windowSchema,
  windowUpdate,
} from './schemas.ts';
import { updateWindow } from './update-window.ts';
import './messages.ts';

export async function serviceWindowRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['service-windows'];

  app.get('/api/service-windows', {
    config: { permission: ['window-request.read', 'service-window.admin'] },
    schema: {
      tags,
      summary: 'The windows in their order: active ones, or every one for their administrators',
      querystring: windowListQuery,
      response: { 200: windowSchema.array(), ...problemResponses },
    },
    handler: async (request) =>
      listWindows(db, { includeInactive: (request.query.includeInactive ?? false) && can(request, 'service-window.admin'), locale: request.locale }),
  });

  app.post('/api/service-windows', {
    config: { permission: 'service-window.admin' },
    schema: { tags, summary: 'Add a window', body: windowInput, response: { 201: windowSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await createWindow(db, actorOf(request), request.body, request.locale)),
  });

  app.patch('/api/service-windows/:code', {
    config: { permission: 'service-window.admin' },
    schema: {
      tags,
      summary: 'Rename, describe, reorder, deactivate or reactivate a window',
      params: windowCodeParams,
      body: windowUpdate,
      response: { 200: windowSchema, ...problemResponses },
    },
    handler: async (request) => updateWindow(db, actorOf(request), request.params.code, request.body, request.locale),
  });

  app.get('/api/window-requests', {
    config: { permission: 'window-request.read' },
    schema: {
      tags,
      summary: 'A page of the window requests the caller may see',
      querystring: requestListQuery,
      response: { 200: requestPage, ...problemResponses },
    },
    handler: async (request) => listRequests(db, requestScopeOf(currentUser(request)), { ...request.query, locale: request.locale }),
  });

  app.post('/api/window-requests', {
    config: { permission: ['window-request.open', 'window-request.answer'] },
    schema: {
      tags,
      summary: 'Open a request at a window',
      description: '201 with the new request; 200 with the earlier one when the caller already sent this idempotencyKey.',
      body: openRequestBody,
      response: { 200: requestDetailSchema, 201: requestDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const actor = { ...workflowActorOf(request), id: currentUser(request).id };
      const opened = await openRequest(db, app.ctx, app.permissionTable, actor, request.body, request.locale);
      return reply.status(opened.created ? 201 : 200).send(opened.request);
    },
  });

  app.get('/api/window-requests/:id', {
    config: { permission: 'window-request.read' },
    schema: { tags, summary: 'One request with its thread and the actions the caller may take', params: idParams, response: { 200: requestDetailSchema, ...problemResponses } },
    handler: async (request) => getRequest(db, workflowActorOf(request), request.params.id, request.locale),
  });

  app.post('/api/window-requests/:id/messages', {
    config: { permission: ['window-request.open', 'window-request.answer'] },
    schema: {
      tags,
      summary: "Reply: the staff's answer, or the requester's follow-up",
      description: '409 workflow.wrongState on a closed request, which its requester reopens first.',
      params: idParams,
      body: replyBody,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => replyToRequest(db, app.ctx, workflowActorOf(request), request.params.id, request.body.body, request.locale),
  });

  app.post('/api/window-requests/:id/close', {
    config: { permission: ['window-request.open', 'window-request.answer'] },
    schema: { tags, summary: 'Close a request', params: idParams, response: { 200: requestDetailSchema, ...problemResponses } },
    handler: async (request) => moveRequest(db, workflowActorOf(request), request.params.id, 'close', request.locale),
  });

  app.post('/api/window-requests/:id/reopen', {
    config: { permission: 'window-request.open' },
    schema: {
      tags,
      summary: 'Reopen a closed request; its requester, within seven days of closing',
      params: idParams,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => moveRequest(db, workflowActorOf(request), request.params.id, 'reopen', request.locale),
  });
}
