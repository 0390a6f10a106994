import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { idParams, pageQuery, problemResponses } from '../../platform/http/schemas.ts';
import { changeListMembership } from './change-list-membership.ts';
import { createBenefitItem } from './create-benefit-item.ts';
import { createPolicy } from './create-policy.ts';
import { deleteBenefitItem } from './delete-benefit-item.ts';
import { deletePolicyList } from './delete-policy-list.ts';
import { deletePolicy } from './delete-policy.ts';
import { getPolicy } from './get-policy.ts';
import { listMembers } from './list-members.ts';
import { listPolicies } from './list-policies.ts';
import { listPolicyLists } from './list-policy-lists.ts';
import type { PolicyActor } from './policy-access.ts';
import { publishPolicy } from './publish-policy.ts';
import { reorderBenefitItems } from './reorder-benefit-items.ts';
import { savePolicyList } from './save-policy-list.ts';
import {
  benefitItemBody,
  createPolicyBody,
  itemParams,
  listMemberBody,
  listMemberPage,
  listMemberParams,
  policyDetailSchema,
  policyListBody,
  policyListPage,
  policyListQuery,
  policyListSchema,
  policyListsQuery,
  policyPage,
  reorderItemsBody,
  updateBenefitItemBody,
  updatePolicyBody,
} from './schemas.ts';
import { updateBenefitItem } from './update-benefit-item.ts';
import { updatePolicy } from './update-policy.ts';
import { withdrawPolicy } from './withdraw-policy.ts';
import './messages.ts';

export async function policyRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['policies'];
  const actor = (request: FastifyRequest): PolicyActor => ({ ...actorOf(request), id: currentUser(request).id, permissions: currentUser(request).permissions });
  const detail = { 200: policyDetailSchema, ...problemResponses };
  const empty = { 204: z.null(), ...problemResponses };

  app.get('/api/policies', {
    config: { permission: ['policy.read', 'policy.browse'] },
    schema: {
      tags,
      summary: 'A page of the policy library, latest issued first, with each guide\'s status',
      description: 'Staff (policy.read) see drafts and withdrawn policies; enterprises and investors only published ones.',
      querystring: policyListQuery,
      response: { 200: policyPage, ...problemResponses },
    },
    handler: async (request) => listPolicies(db, currentUser(request), request.query),
  });

  app.post('/api/policies', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Create a draft policy; its guide is due 7 working days after issue', body: createPolicyBody, response: { 201: policyDetailSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await createPolicy(db, actor(request), request.body, request.locale)),
  });

  app.get('/api/policies/:id', {
    config: { permission: ['policy.read', 'policy.browse'] },
    schema: { tags, summary: 'A policy with its guide, original text and benefit items', description: '404 for a draft or withdrawn policy to a non-staff reader.', params: idParams, response: detail },
    handler: async (request) => getPolicy(db, currentUser(request), request.params.id, request.locale),
  });

  app.patch('/api/policies/:id', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: "Change a policy's details, text or guide; a new issue day moves the guide's deadline", params: idParams, body: updatePolicyBody, response: detail },
    handler: async (request) => updatePolicy(db, actor(request), request.params.id, request.body, request.locale),
  });

  app.delete('/api/policies/:id', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Delete a draft (409 policy.onlyDraftsDeleted otherwise)', params: idParams, response: empty },
    handler: async (request, reply) => {
      await deletePolicy(db, actor(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/policies/:id/publish', {
    config: { permission: 'policy.manage' },
    schema: {
      tags,
      summary: 'Publish a draft or withdrawn policy with its guide',
      description: '409 policy.publishNeedsItem without a benefit item; 400 naming each empty part of the guide.',
      params: idParams,
      response: detail,
    },
    handler: async (request) => publishPolicy(db, app.ctx.jobs, actor(request), request.params.id, request.locale),
  });

  app.post('/api/policies/:id/withdraw', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Withdraw a published policy', params: idParams, response: detail },
    handler: async (request) => withdrawPolicy(db, actor(request), request.params.id, request.locale),
  });

  app.post('/api/policies/:id/items', {
    config: { permission: 'policy.manage' },
    schema: {
      tags,
      summary: 'Add a benefit item with its rule and amount rule',
      description: '400 naming each unknown tag, list, industry or region of the rule, and automatic delivery without a condition.',
      params: idParams,
      body: benefitItemBody,
      response: { 201: policyDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createBenefitItem(db, app.ctx.jobs, actor(request), request.params.id, request.body, request.locale)),
  });

  app.patch('/api/policies/:id/items/:itemId', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Change a benefit item', params: itemParams, body: updateBenefitItemBody, response: detail },
    handler: async (request) => updateBenefitItem(db, app.ctx.jobs, actor(request), request.params.id, request.params.itemId, request.body, request.locale),
  });

  app.delete('/api/policies/:id/items/:itemId', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Remove a benefit item (a published policy keeps one)', params: itemParams, response: detail },
    handler: async (request) => deleteBenefitItem(db, actor(request), request.params.id, request.params.itemId, request.locale),
  });

  app.put('/api/policies/:id/items/order', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: "Put the policy's items in a new order", params: idParams, body: reorderItemsBody, response: detail },
    handler: async (request) => reorderBenefitItems(db, actor(request), request.params.id, request.body.itemIds, request.locale),
  });

  app.get('/api/policy-lists', {
    config: { permission: 'policy.read' },
    schema: { tags, summary: 'The lists of enterprises a condition may name (a competition\'s winners)', querystring: policyListsQuery, response: { 200: policyListPage, ...problemResponses } },
    handler: async (request) => listPolicyLists(db, request.query),
  });

  app.post('/api/policy-lists', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Create a list', body: policyListBody, response: { 201: policyListSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await savePolicyList(db, actor(request), null, request.body)),
  });

  app.patch('/api/policy-lists/:id', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Rename or describe a list', params: idParams, body: policyListBody, response: { 200: policyListSchema, ...problemResponses } },
    handler: async (request) => savePolicyList(db, actor(request), request.params.id, request.body),
  });

  app.delete('/api/policy-lists/:id', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Delete a list no item names (409 policy.list.inUse otherwise)', params: idParams, response: empty },
    handler: async (request, reply) => {
      await deletePolicyList(db, actor(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/policy-lists/:id/members', {
    config: { permission: 'policy.read' },
    schema: { tags, summary: "A page of a list's enterprises", params: idParams, querystring: pageQuery, response: { 200: listMemberPage, ...problemResponses } },
    handler: async (request) => listMembers(db, request.params.id, request.query),
  });

  app.post('/api/policy-lists/:id/members', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Add an enterprise to a list (again: no change)', params: idParams, body: listMemberBody, response: empty },
    handler: async (request, reply) => {
      await changeListMembership(db, actor(request), request.params.id, request.body.enterpriseId, 'add');
      return reply.status(204).send(null);
    },
  });

  app.delete('/api/policy-lists/:id/members/:enterpriseId', {
    config: { permission: 'policy.manage' },
    schema: { tags, summary: 'Remove an enterprise from a list', params: listMemberParams, response: empty },
    handler: async (request, reply) => {
      await changeListMembership(db, actor(request), request.params.id, request.params.enterpriseId, 'remove');
      return reply.status(204).send(null);
    },
  });
}
