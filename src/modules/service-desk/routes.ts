import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, can, currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { createCategory } from './create-category.ts';
import { createRoutingRule } from './create-routing-rule.ts';
import { deleteCannedReply } from './delete-canned-reply.ts';
import { deleteRoutingRule } from './delete-routing-rule.ts';
import { getDeskSettings } from './get-desk-settings.ts';
import { getRequest } from './get-request.ts';
import { listCannedReplies } from './list-canned-replies.ts';
import { listCategories } from './list-categories.ts';
import { listPlaces } from './list-places.ts';
import { listRequests } from './list-requests.ts';
import { listRoutingRules } from './list-routing-rules.ts';
import { listSlaPolicies } from './list-sla-policies.ts';
import { mergeRequest } from './merge-request.ts';
import { moveRequest, type RequestMove } from './move-request.ts';
import { rateRequest } from './rate-request.ts';
import { replyToRequest } from './reply-to-request.ts';
import { requestScopeOf } from './request-policy.ts';
import { saveCannedReply } from './save-canned-reply.ts';
import {
  actionBody,
  cannedReplyInput,
  cannedReplySchema,
  categoryCodeParams,
  categoryInput,
  categoryListQuery,
  categorySchema,
  categoryUpdate,
  deskSettingsSchema,
  fallbackOwnerBody,
  mergeBody,
  placeSchema,
  rateBody,
  replyBody,
  requestDetailSchema,
  requestListQuery,
  slaPolicyInput,
  slaPolicySchema,
  requestPage,
  routingRuleInput,
  routingRuleSchema,
  submitRequestBody,
  transferBody,
} from './schemas.ts';
import { setFallbackOwner } from './set-fallback-owner.ts';
import { submitRequest } from './submit-request.ts';
import { serviceDeskSummaryRoutes } from './summary-routes.ts';
import { transferRequest } from './transfer-request.ts';
import { updateCategory } from './update-category.ts';
import { updateSlaPolicy } from './update-sla-policy.ts';
import './messages.ts';

/** The moves with a route of their own, the path's last part and who may make them. */
const moveRoutes: { path: string; move: RequestMove; permission: 'serviceRequest.handle' | 'serviceRequest.submit'; summary: string }[] = [
  { path: 'accept', move: 'accept', permission: 'serviceRequest.handle', summary: 'Accept a new request and own it (首问负责制)' },
  { path: 'start-work', move: 'startWork', permission: 'serviceRequest.handle', summary: 'Start working on an accepted request' },
  { path: 'wait-on-enterprise', move: 'waitOnEnterprise', permission: 'serviceRequest.handle', summary: 'Wait for the enterprise, usually with a question for it' },
  { path: 'resolve', move: 'resolve', permission: 'serviceRequest.handle', summary: 'Resolve a request, usually saying how' },
  { path: 'reopen', move: 'reopen', permission: 'serviceRequest.submit', summary: 'Reopen a resolved request: its enterprise, within seven days' },
];

export async function serviceDeskRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['service-desk'];
  const signedInActor = (request: Parameters<typeof workflowActorOf>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });

  app.get('/api/service-desk/categories', {
    config: { permission: ['serviceRequest.read', 'serviceCategory.admin'] },
    schema: {
      tags,
      summary: 'The request categories in their order: active ones, or every one for their administrators',
      querystring: categoryListQuery,
      response: { 200: categorySchema.array(), ...problemResponses },
    },
    handler: async (request) =>
      listCategories(db, { includeInactive: (request.query.includeInactive ?? false) && can(request, 'serviceCategory.admin'), locale: request.locale }),
  });

  app.post('/api/service-desk/categories', {
    config: { permission: 'serviceCategory.admin' },
    schema: { tags, summary: 'Add a category', body: categoryInput, response: { 201: categorySchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await createCategory(db, actorOf(request), request.body, request.locale)),
  });

  app.patch('/api/service-desk/categories/:code', {
    config: { permission: 'serviceCategory.admin' },
    schema: {
      tags,
      summary: 'Rename, reorder, deactivate or reactivate a category',
      params: categoryCodeParams,
      body: categoryUpdate,
      response: { 200: categorySchema, ...problemResponses },
    },
    handler: async (request) => updateCategory(db, actorOf(request), request.params.code, request.body, request.locale),
  });

  app.get('/api/service-desk/places', {
    config: { permission: ['serviceRequest.submit', 'serviceRequest.log'] },
    schema: { tags, summary: 'The location picker: sites → buildings → units, names and codes only', response: { 200: placeSchema.array(), ...problemResponses } },
    handler: async () => listPlaces(db),
  });

  app.get('/api/service-requests', {
    config: { permission: 'serviceRequest.read' },
    schema: { tags, summary: 'A page of a queue of the requests the caller may see', querystring: requestListQuery, response: { 200: requestPage, ...problemResponses } },
    handler: async (request) => {
      const user = currentUser(request);
      return listRequests(db, await requestScopeOf(db, user), user.id, { ...request.query, locale: request.locale });
    },
  });

  app.post('/api/service-requests', {
    config: { permission: ['serviceRequest.submit', 'serviceRequest.log'] },
    schema: {
      tags,
      summary: 'Submit a request: an enterprise for itself, an agent for an enterprise that called or walked in',
      description: '201 with the new request and its reference number; 200 with the earlier one when the caller already sent this idempotencyKey.',
      body: submitRequestBody,
      response: { 200: requestDetailSchema, 201: requestDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const submitted = await submitRequest(db, app.ctx, app.permissionTable, signedInActor(request), request.body, request.locale);
      return reply.status(submitted.created ? 201 : 200).send(submitted.request);
    },
  });

  app.get('/api/service-requests/:id', {
    config: { permission: 'serviceRequest.read' },
    schema: {
      tags,
      summary: 'One request with its thread, its history and the actions the caller may take',
      params: idParams,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => getRequest(db, signedInActor(request), request.params.id, request.locale),
  });

  app.post('/api/service-requests/:id/messages', {
    config: { permission: ['serviceRequest.submit', 'serviceRequest.handle'] },
    schema: {
      tags,
      summary: "A public reply (either side) or the staff's internal note",
      description: "The enterprise's reply to a request waiting on it puts it back in progress. 409 on a closed request, and on a resolved one from the enterprise, which reopens it first.",
      params: idParams,
      body: replyBody,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => replyToRequest(db, app.ctx, signedInActor(request), request.params.id, request.body, request.locale),
  });

  for (const route of moveRoutes) {
    app.post(`/api/service-requests/:id/${route.path}`, {
      config: { permission: route.permission },
      schema: { tags, summary: route.summary, params: idParams, body: actionBody.optional(), response: { 200: requestDetailSchema, ...problemResponses } },
      handler: async (request) =>
        moveRequest(db, app.ctx, signedInActor(request), request.params.id, route.move, request.body?.message, request.locale),
    });
  }

  app.post('/api/service-requests/:id/transfer', {
    config: { permission: 'serviceRequest.handle' },
    schema: {
      tags,
      summary: 'Hand the work to another team; the owner stays the owner',
      params: idParams,
      body: transferBody,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => transferRequest(db, app.ctx, signedInActor(request), request.params.id, request.body.teamId, request.locale),
  });

  app.post('/api/service-requests/:id/merge', {
    config: { permission: 'serviceRequest.handle' },
    schema: {
      tags,
      summary: 'Merge a duplicate into the request it repeats: closed as merged, its thread and files read from the survivor',
      params: idParams,
      body: mergeBody,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => mergeRequest(db, app.ctx, signedInActor(request), request.params.id, request.body.intoId, request.locale),
  });

  app.post('/api/service-requests/:id/rating', {
    config: { permission: 'serviceRequest.submit' },
    schema: {
      tags,
      summary: 'Rate a resolved or closed request, once: its enterprise',
      params: idParams,
      body: rateBody,
      response: { 200: requestDetailSchema, ...problemResponses },
    },
    handler: async (request) => rateRequest(db, app.ctx, signedInActor(request), request.params.id, request.body, request.locale),
  });

  app.get('/api/service-desk/canned-replies', {
    config: { permission: ['serviceRequest.handle', 'serviceDesk.admin'] },
    schema: { tags, summary: "The canned replies: the global ones and the caller's teams'", response: { 200: cannedReplySchema.array(), ...problemResponses } },
    handler: async (request) => {
      const user = currentUser(request);
      return listCannedReplies(db, can(request, 'serviceDesk.admin') ? { kind: 'all' } : await requestScopeOf(db, user));
    },
  });

  app.post('/api/service-desk/canned-replies', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'Add a canned reply', body: cannedReplyInput, response: { 201: z.object({ id: z.uuid() }), ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await saveCannedReply(db, actorOf(request), null, request.body)),
  });

  app.put('/api/service-desk/canned-replies/:id', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'Change a canned reply', params: idParams, body: cannedReplyInput, response: { 200: z.object({ id: z.uuid() }), ...problemResponses } },
    handler: async (request) => saveCannedReply(db, actorOf(request), request.params.id, request.body),
  });

  app.delete('/api/service-desk/canned-replies/:id', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'Remove a canned reply', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteCannedReply(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/service-desk/routing-rules', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'The routing rules: category and/or site → team', response: { 200: routingRuleSchema.array(), ...problemResponses } },
    handler: async (request) => listRoutingRules(db, request.locale),
  });

  app.post('/api/service-desk/routing-rules', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'Add a routing rule', body: routingRuleInput, response: { 201: z.object({ id: z.uuid() }), ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await createRoutingRule(db, actorOf(request), request.body)),
  });

  app.delete('/api/service-desk/routing-rules/:id', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'Remove a routing rule', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteRoutingRule(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/service-desk/settings', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'The fallback owner and who may be named', response: { 200: deskSettingsSchema, ...problemResponses } },
    handler: async () => getDeskSettings(db, app.permissionTable),
  });

  app.put('/api/service-desk/settings/fallback-owner', {
    config: { permission: 'serviceDesk.admin' },
    schema: {
      tags,
      summary: 'Name the fallback owner, who takes the requests no rule routes',
      body: fallbackOwnerBody,
      response: { 200: deskSettingsSchema, ...problemResponses },
    },
    handler: async (request) => setFallbackOwner(db, app.permissionTable, actorOf(request), request.body.userId),
  });

  app.get('/api/service-desk/sla-policies', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: 'The SLA policies: targets by priority and category', response: { 200: slaPolicySchema.array(), ...problemResponses } },
    handler: async (request) => listSlaPolicies(db, request.locale),
  });

  app.put('/api/service-desk/sla-policies/:id', {
    config: { permission: 'serviceDesk.admin' },
    schema: { tags, summary: "Change an SLA policy's targets or calendar", params: idParams, body: slaPolicyInput, response: { 200: slaPolicySchema, ...problemResponses } },
    handler: async (request) => updateSlaPolicy(db, actorOf(request), request.params.id, request.body, request.locale),
  });

  await serviceDeskSummaryRoutes(instance);
}
