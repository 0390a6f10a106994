import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentUser } from '../../platform/auth/plugin.ts';
import { idParams, pageQuery, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { enterpriseScopeOf } from '../enterprises/enterprise-scope.ts';
import { applicationScopeOf } from './application-policy.ts';
import { readApplicationDetail } from './application-records.ts';
import { confirmQualifiedList } from './confirm-qualified-list.ts';
import { createApplication } from './create-application.ts';
import { listApplications } from './list-applications.ts';
import { moveApplication } from './move-application.ts';
import { prefillApplication } from './prefill-application.ts';
import { readQualifiedList } from './qualified-list.ts';
import { rateApplication } from './rate-application.ts';
import { readPolicyBenefits } from './read-policy-benefits.ts';
import { recordAutomaticPayouts } from './record-automatic-payouts.ts';
import {
  actionBody,
  applicationActionParams,
  applicationDetailSchema,
  applicationListQuery,
  applicationPage,
  benefitsSchema,
  confirmationSchema,
  createApplicationBody,
  prefillQuery,
  prefillSchema,
  qualifiedListQuery,
  qualifiedListSchema,
  rateBody,
  recordedPayoutsSchema,
  recordPayoutsBody,
} from './schemas.ts';
import './messages.ts';

export async function policyApplicationRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['policy-applications'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const detail = { 200: applicationDetailSchema, ...problemResponses };
  const readers = ['policy.read', 'policyApplication.apply'] as const;

  app.get('/api/policy-applications', {
    config: { permission: readers },
    schema: {
      tags,
      summary: 'A page of applications: the policy office every one, an enterprise user its own; by state, item, enterprise, overdue',
      querystring: applicationListQuery,
      response: { 200: applicationPage, ...problemResponses },
    },
    handler: async (request) => listApplications(db, applicationScopeOf(currentUser(request)), request.query),
  });

  app.get('/api/policy-applications/prefill', {
    config: { permission: 'policyApplication.apply' },
    schema: {
      tags,
      summary: "The apply form's content: the item, the user's enterprise as the master record has it, the suggested amount, an application under way",
      querystring: prefillQuery,
      response: { 200: prefillSchema, ...problemResponses },
    },
    handler: async (request) => prefillApplication(db, actor(request), request.query.item),
  });

  app.post('/api/policy-applications', {
    config: { permission: 'policyApplication.apply' },
    schema: {
      tags,
      summary: 'Start an application (a draft) for one of the items delivered by application, for the user’s own enterprise',
      description: '201 when created; 200 with the first application when the idempotency key was used before; 409 policyApplication.alreadyOpen while one is under way.',
      body: createApplicationBody,
      response: { 200: applicationDetailSchema, 201: applicationDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { application, created } = await createApplication(db, actor(request), request.body);
      return reply.status(created ? 201 : 200).send(application);
    },
  });

  app.get('/api/policy-applications/:id', {
    config: { permission: readers },
    schema: { tags, summary: 'One application with its files, payout, history and the moves the caller may make', params: idParams, response: detail },
    handler: async (request) => readApplicationDetail(db, applicationScopeOf(currentUser(request)), workflowActorOf(request), request.params.id),
  });

  app.post('/api/policy-applications/:id/actions/:action', {
    config: { permission: ['policyApplication.apply', 'policyApplication.review', 'policyPayout.record'] },
    schema: {
      tags,
      summary:
        'Move an application: submit / resubmit { statement?, files: [{ requiredFile, attachmentId }] }; withdraw; accept; return { reasons }; ' +
        'approve { approvedAmountWan, note? }; publicize { noticeEndsOn }; reject { reason }; pay { amountWan?, paidOn, evidenceFileId }',
      params: applicationActionParams,
      body: actionBody,
      response: detail,
    },
    handler: async (request) => moveApplication(db, request.server.ctx, actor(request), request.params.id, request.params.action, request.body),
  });

  app.post('/api/policy-applications/:id/rating', {
    config: { permission: 'policyApplication.apply' },
    schema: { tags, summary: 'Rate the result once paid (1–5, a comment), once', params: idParams, body: rateBody, response: detail },
    handler: async (request) => rateApplication(db, actor(request), request.params.id, request.body),
  });

  app.get('/api/enterprises/:id/policy-benefits', {
    config: { permission: 'enterprise.read' },
    schema: {
      tags,
      summary: "What the enterprise received under policies: the total, by year, and a page of payouts (an enterprise user: its own only)",
      params: idParams,
      querystring: pageQuery,
      response: { 200: benefitsSchema, ...problemResponses },
    },
    handler: async (request) => readPolicyBenefits(db, enterpriseScopeOf(currentUser(request)), request.params.id, request.query),
  });

  app.get('/api/policy-items/:id/qualified-list', {
    config: { permission: 'policy.read' },
    schema: {
      tags,
      summary: "免申即享: a page of the enterprises the data shows eligible for an automatic item today, each with its computed amount and the year's payout",
      description: '400 for an item delivered by application; 404 for a missing one.',
      params: idParams,
      querystring: qualifiedListQuery,
      response: { 200: qualifiedListSchema, ...problemResponses },
    },
    handler: async (request) => readQualifiedList(db, request.params.id, request.query),
  });

  app.post('/api/policy-items/:id/qualified-list/confirm', {
    config: { permission: 'policyPayout.record' },
    schema: {
      tags,
      summary: "Confirm the automatic item's data-qualified list as it stands: the enterprises and their computed amounts, by whom and when",
      params: idParams,
      response: { 201: confirmationSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await confirmQualifiedList(db, actor(request), request.params.id)),
  });

  app.post('/api/policy-items/:id/automatic-payouts', {
    config: { permission: 'policyPayout.record' },
    schema: {
      tags,
      summary: 'Record payouts without application to enterprises of a confirmed list, each its confirmed amount unless another is given; once per item and year',
      params: idParams,
      body: recordPayoutsBody,
      response: { 200: recordedPayoutsSchema, ...problemResponses },
    },
    handler: async (request) => recordAutomaticPayouts(db, request.server.ctx, actor(request), request.params.id, request.body),
  });
}
