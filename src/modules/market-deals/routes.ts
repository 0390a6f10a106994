import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, pageQuery, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { actionBody } from '../market/schemas.ts';
import { readDealDetail, readDeals } from './deal-records.ts';
import { decideIntroduction } from './decide-introduction.ts';
import { getListingFunnel } from './get-listing-funnel.ts';
import { readIntroduction, readIntroductionDetail, readIntroductions } from './introduction-records.ts';
import { moveDeal } from './move-deal.ts';
import { postDealMessage } from './post-deal-message.ts';
import { readBrokerQueue } from './read-broker-queue.ts';
import { readMyListingFunnels } from './read-my-listing-funnels.ts';
import { proposeIntroduction } from './propose-introduction.ts';
import { requestIntroduction } from './request-introduction.ts';
import {
  dealActionParams,
  dealDetailSchema,
  dealListQuery,
  dealMessageBody,
  dealPage,
  declineBody,
  introductionDetailSchema,
  introductionListQuery,
  introductionPage,
  brokerQueueSchema,
  introductionSchema,
  listingFunnelPage,
  listingFunnelSchema,
  proposeIntroductionBody,
  requestIntroductionBody,
} from './schemas.ts';
import './messages.ts';

export async function marketDealRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const introductionTags = ['market introductions'];
  const dealTags = ['market deals'];

  app.post('/api/market/introductions', {
    config: { permission: 'introduction.request' },
    schema: {
      tags: introductionTags,
      summary: "Ask for an introduction to a published listing, for one's own organisation, optionally about one's own demand",
      description: '201 when created; 200 with the open one when the organisation already has one to this listing. 404 for an unseen listing or a demand not its own; 409 deal.listingNotPublished, deal.demandNotPublished, deal.ownListing.',
      body: requestIntroductionBody,
      response: { 200: introductionSchema, 201: introductionSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const actor = workflowActorOf(request);
      const { row, created } = await requestIntroduction(db, app.ctx, app.permissionTable, actor, request.body);
      return reply.status(created ? 201 : 200).send(await readIntroduction(db, actor, row.id));
    },
  });
  app.post('/api/market/introductions/proposals', {
    config: { permission: 'deal.broker' },
    schema: {
      tags: introductionTags,
      summary: "The operator proposes an introduction between a published listing and a published demand; both owners decide",
      description: "201 when created; 200 with the open one when the demand's owner already has one to this listing. 409 deal.listingNotPublished, deal.demandNotPublished, deal.ownListing.",
      body: proposeIntroductionBody,
      response: { 200: introductionSchema, 201: introductionSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const actor = workflowActorOf(request);
      const { row, created } = await proposeIntroduction(db, app.ctx, app.permissionTable, actor, request.body);
      return reply.status(created ? 201 : 200).send(await readIntroduction(db, actor, row.id));
    },
  });
  app.get('/api/market/introductions', {
    config: { permission: 'deal.read' },
    schema: {
      tags: introductionTags,
      summary: "Introductions the caller's organisation asked for, was proposed for or owns the listing of; the operators all",
      querystring: introductionListQuery,
      response: { 200: introductionPage, ...problemResponses },
    },
    handler: async (request) => ({ ...(await readIntroductions(db, workflowActorOf(request), request.query)), page: request.query.page, pageSize: request.query.pageSize }),
  });
  app.get('/api/market/introductions/:id', {
    config: { permission: 'deal.read' },
    schema: {
      tags: introductionTags,
      summary: 'One introduction, with the demand it is about as the caller may read it',
      params: idParams,
      response: { 200: introductionDetailSchema, ...problemResponses },
    },
    handler: async (request) => {
      return readIntroductionDetail(db, workflowActorOf(request), request.params.id, request.locale);
    },
  });
  app.post('/api/market/introductions/:id/accept', {
    config: { permission: 'deal.read' },
    schema: {
      tags: introductionTags,
      summary: "Accept an introduction waiting for the caller's organisation (the listing's owner, or a proposed demand's owner)",
      description: 'Accepted by every side asked, it becomes a deal at 意向. 409 deal.notPending; 403 deal.notYourDecision.',
      params: idParams,
      response: { 200: introductionSchema, ...problemResponses },
    },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      await decideIntroduction(db, app.ctx, app.permissionTable, actor, request.params.id, { accept: true });
      return readIntroduction(db, actor, request.params.id);
    },
  });
  app.post('/api/market/introductions/:id/decline', {
    config: { permission: 'deal.read' },
    schema: {
      tags: introductionTags,
      summary: 'Decline an introduction with a reason: stage-too-early, price, benefit-unclear, already-solved, or other with a text',
      params: idParams,
      body: declineBody,
      response: { 200: introductionSchema, ...problemResponses },
    },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      await decideIntroduction(db, app.ctx, app.permissionTable, actor, request.params.id, { accept: false, ...request.body });
      return readIntroduction(db, actor, request.params.id);
    },
  });

  app.get('/api/market/listings/:id/funnel', {
    config: { permission: 'listing.read' },
    schema: {
      tags: dealTags,
      summary: "A listing's funnel for its owner and the operators: views, matched demands, introductions asked for and accepted, deals signed, contract amount",
      params: idParams,
      response: { 200: listingFunnelSchema, ...problemResponses },
    },
    handler: async (request) => getListingFunnel(app.ctx, workflowActorOf(request), request.params.id),
  });
  app.get('/api/market/funnels', {
    config: { permission: 'listing.write' },
    schema: {
      tags: dealTags,
      summary: "The caller's organisation's listings, the latest changed first, each with its funnel; none for a caller acting for no organisation",
      querystring: pageQuery,
      response: { 200: listingFunnelPage, ...problemResponses },
    },
    handler: async (request) => readMyListingFunnels(app.ctx, workflowActorOf(request), request.query),
  });
  app.get('/api/market/broker-queue', {
    config: { permission: 'deal.broker' },
    schema: {
      tags: dealTags,
      summary: "The operator's queue: introductions waiting for an owner's decision, and open deals with no move or message for MARKET_DEAL_STALL_DAYS days",
      response: { 200: brokerQueueSchema, ...problemResponses },
    },
    handler: async () => readBrokerQueue(app.ctx),
  });
  app.get('/api/market/deals', {
    config: { permission: 'deal.read' },
    schema: { tags: dealTags, summary: "Deals the caller's organisation is a party to; the operators all", querystring: dealListQuery, response: { 200: dealPage, ...problemResponses } },
    handler: async (request) => {
      const { items, total } = await readDeals(db, workflowActorOf(request), request.query);
      return { items: items.map(({ row: _row, ...summary }) => summary), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  });
  app.get('/api/market/deals/:id', {
    config: { permission: 'deal.read' },
    schema: {
      tags: dealTags,
      summary: 'One deal: contract facts, the demand (confidential details only once released), the thread, the actions and the stage history',
      params: idParams,
      response: { 200: dealDetailSchema, ...problemResponses },
    },
    handler: async (request) => readDealDetail(db, workflowActorOf(request), request.params.id, request.locale),
  });
  app.post('/api/market/deals/:id/actions/:action', {
    config: { permission: 'deal.read' },
    schema: {
      tags: dealTags,
      summary: 'Move a deal: negotiate; sign { amountWan, signedOn, mode, contractFileId }; register { registrationNumber }; complete; close { reason }',
      description: '404 for a deal the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed; 400 for missing evidence.',
      params: dealActionParams,
      body: actionBody,
      response: { 200: dealDetailSchema, ...problemResponses },
    },
    handler: async (request) => {
      const actor = workflowActorOf(request);
      await moveDeal(db, app.ctx, app.permissionTable, actor, request.params.id, request.params.action, request.body);
      return readDealDetail(db, actor, request.params.id, request.locale);
    },
  });
  app.post('/api/market/deals/:id/messages', {
    config: { permission: 'deal.read' },
    schema: { tags: dealTags, summary: 'Write on the deal\'s thread', params: idParams, body: dealMessageBody, response: { 201: dealDetailSchema, ...problemResponses } },
    handler: async (request, reply) => {
      const actor = workflowActorOf(request);
      await postDealMessage(db, app.ctx, app.permissionTable, actor, request.params.id, request.body.body);
      return reply.status(201).send(await readDealDetail(db, actor, request.params.id, request.locale));
    },
  });
}
