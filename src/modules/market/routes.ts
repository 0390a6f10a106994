import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { countListingView } from '../market-portal/record-listing-view.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { createDemand } from './create-demand.ts';
import { createListing } from './create-listing.ts';
import { listMarketFields, presentField } from './list-market-fields.ts';
import { marketHistory } from './market-history.ts';
import { demandKind, listingKind, type MarketRecordKind } from './market-kinds.ts';
import { presentDemand, presentDemands } from './present-demand.ts';
import { presentListing, presentListings } from './present-listing.ts';
import { saveMarketField } from './save-market-field.ts';
import {
  actionBody,
  actionParams,
  createDemandBody,
  createListingBody,
  createMarketFieldBody,
  demandListQuery,
  demandPage,
  demandSchema,
  historySchema,
  listingListQuery,
  listingPage,
  listingSchema,
  marketFieldListQuery,
  marketFieldSchema,
  updateDemandBody,
  updateListingBody,
  updateMarketFieldBody,
} from './schemas.ts';
import { searchDemands } from './search-demands.ts';
import { searchListings } from './search-listings.ts';
import { takeMarketAction } from './take-market-action.ts';
import { updateDemand } from './update-demand.ts';
import { updateListing } from './update-listing.ts';
import './messages.ts';

type Present<K extends MarketRecordKind> = (db: DbOrTx, actor: WorkflowActor, locale: Locale, row: K['table']['$inferSelect']) => Promise<unknown>;

/** A kind's workflow routes: take an action (answering the record and what may be done next), and the history. */
function workflowRoutes<K extends MarketRecordKind>(
  app: FastifyInstance,
  kind: K,
  options: { path: string; tags: string[]; record: z.ZodType; present: Present<K> },
) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  typed.post(`${options.path}/:id/actions/:action`, {
    config: { permission: `${kind.kind}.read` },
    schema: {
      tags: options.tags,
      summary: 'Take a workflow action: submit, approve, reject (with { reason }), withdraw, redraft (a withdrawn record back to draft) or renew',
      description: '404 for a record the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed.',
      params: actionParams,
      body: actionBody,
      response: { 200: options.record, ...problemResponses },
    },
    handler: async (request: FastifyRequest<{ Params: z.infer<typeof actionParams>; Body: z.infer<typeof actionBody> }>) => {
      const actor = workflowActorOf(request);
      const row = await takeMarketAction(db, app.ctx, kind, { actor, recordId: request.params.id, action: request.params.action, evidence: request.body });
      return options.present(db, actor, request.locale, row);
    },
  });
  typed.get(`${options.path}/:id/history`, {
    config: { permission: `${kind.kind}.read` },
    schema: {
      tags: options.tags,
      summary: 'The state history: every transition with its actor, time and evidence, and the time spent in each state',
      description: 'For the owner and the reviewers; 404 for anyone else.',
      params: idParams,
      response: { 200: historySchema, ...problemResponses },
    },
    handler: async (request: FastifyRequest<{ Params: z.infer<typeof idParams> }>) => marketHistory(db, kind, workflowActorOf(request), request.params.id),
  });
}

export async function marketRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  // Fields (领域).
  const fieldTags = ['market fields'];
  app.get('/api/market/fields', {
    config: { access: 'authenticated' },
    schema: { tags: fieldTags, summary: 'The technology fields, named in the request\'s language', querystring: marketFieldListQuery, response: { 200: marketFieldSchema.array(), ...problemResponses } },
    handler: async (request) => listMarketFields(db, request.locale, request.query),
  });
  app.post('/api/market/fields', {
    config: { permission: 'marketField.admin' },
    schema: { tags: fieldTags, summary: 'Add a field', body: createMarketFieldBody, response: { 201: marketFieldSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(presentField(request.locale, await saveMarketField(db, actorOf(request), null, request.body))),
  });
  app.patch('/api/market/fields/:id', {
    config: { permission: 'marketField.admin' },
    schema: { tags: fieldTags, summary: 'Change or deactivate a field', params: idParams, body: updateMarketFieldBody, response: { 200: marketFieldSchema, ...problemResponses } },
    handler: async (request) => presentField(request.locale, await saveMarketField(db, actorOf(request), request.params.id, request.body)),
  });

  // Listings (科技成果).
  const listingTags = ['market listings'];
  app.get('/api/market/listings', {
    config: { permission: 'listing.read' },
    schema: { tags: listingTags, summary: 'Listings the caller may see, a page at a time', querystring: listingListQuery, response: { 200: listingPage, ...problemResponses } },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      const { rows, total } = await searchListings(db, actor, request.query);
      return { items: await presentListings(db, actor, request.locale, rows), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  });
  app.post('/api/market/listings', {
    config: { permission: 'listing.write' },
    schema: { tags: listingTags, summary: 'Create a listing (a draft)', body: createListingBody, response: { 201: listingSchema, ...problemResponses } },
    handler: async (request, reply) => {
      const actor = workflowActorOf(request);
      return reply.status(201).send(await presentListing(db, actor, request.locale, await createListing(db, actor, request.body)));
    },
  });
  app.get('/api/market/listings/:id', {
    config: { permission: 'listing.read' },
    schema: { tags: listingTags, summary: 'One listing; a reader other than its owner and the reviewers adds a view', params: idParams, response: { 200: listingSchema, ...problemResponses } },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      const row = await listingKind.policy.findVisible(db, actor, request.params.id);
      countListingView(db, request.log, actor, row);
      return presentListing(db, actor, request.locale, row);
    },
  });
  app.patch('/api/market/listings/:id', {
    config: { permission: 'listing.write' },
    schema: { tags: listingTags, summary: 'Change a draft listing', description: '409 market.notDraft once submitted.', params: idParams, body: updateListingBody, response: { 200: listingSchema, ...problemResponses } },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      return presentListing(db, actor, request.locale, await updateListing(db, actor, request.params.id, request.body));
    },
  });
  workflowRoutes(instance, listingKind, { path: '/api/market/listings', tags: listingTags, record: listingSchema, present: presentListing });

  // Demands (需求表).
  const demandTags = ['market demands'];
  app.get('/api/market/demands', {
    config: { permission: 'demand.read' },
    schema: { tags: demandTags, summary: 'Demands the caller may see, a page at a time', querystring: demandListQuery, response: { 200: demandPage, ...problemResponses } },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      const { rows, total } = await searchDemands(db, actor, request.query);
      return { items: await presentDemands(db, actor, request.locale, rows), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  });
  app.post('/api/market/demands', {
    config: { permission: 'demand.write' },
    schema: { tags: demandTags, summary: 'Create a demand (a draft)', body: createDemandBody, response: { 201: demandSchema, ...problemResponses } },
    handler: async (request, reply) => {
      const actor = workflowActorOf(request);
      return reply.status(201).send(await presentDemand(db, actor, request.locale, await createDemand(db, actor, request.body)));
    },
  });
  app.get('/api/market/demands/:id', {
    config: { permission: 'demand.read' },
    schema: { tags: demandTags, summary: 'One demand; its confidential details only for its owner and the operators', params: idParams, response: { 200: demandSchema, ...problemResponses } },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      return presentDemand(db, actor, request.locale, await demandKind.policy.findVisible(db, actor, request.params.id));
    },
  });
  app.patch('/api/market/demands/:id', {
    config: { permission: 'demand.write' },
    schema: { tags: demandTags, summary: 'Change a draft demand', description: '409 market.notDraft once submitted.', params: idParams, body: updateDemandBody, response: { 200: demandSchema, ...problemResponses } },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      return presentDemand(db, actor, request.locale, await updateDemand(db, actor, request.params.id, request.body));
    },
  });
  workflowRoutes(instance, demandKind, { path: '/api/market/demands', tags: demandTags, record: demandSchema, present: presentDemand });
}
