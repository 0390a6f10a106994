import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { addFollowUp } from './add-follow-up.ts';
import { assignLead } from './assign-lead.ts';
import { claimLead } from './claim-lead.ts';
import { createLead } from './create-lead.ts';
import { getLead } from './get-lead.ts';
import { listAssignees } from './list-assignees.ts';
import { listLeads } from './list-leads.ts';
import { moveLead } from './move-lead.ts';
import { readLeadHome } from './read-lead-home.ts';
import { releaseLead } from './release-lead.ts';
import { idleRuleOf } from './return-idle-leads.ts';
import {
  assigneeSchema,
  assignLeadBody,
  createLeadBody,
  dropLeadBody,
  followUpBody,
  leadDetailSchema,
  leadHomeSchema,
  leadListQuery,
  leadPage,
  updateLeadBody,
} from './schemas.ts';
import { updateLead } from './update-lead.ts';
import './messages.ts';

export async function leadRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const rule = idleRuleOf(app.ctx.config);
  const tags = ['leads'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const detail = { 200: leadDetailSchema, ...problemResponses };

  app.get('/api/leads', {
    config: { permission: 'lead.read' },
    schema: { tags, summary: 'A page of the leads the caller sees, on one tab, filtered', querystring: leadListQuery, response: { 200: leadPage, ...problemResponses } },
    handler: async (request) => listLeads(db, currentUser(request), request.query, request.locale, rule),
  });

  app.post('/api/leads', {
    config: { permission: 'lead.work' },
    schema: {
      tags,
      summary: 'Create a lead, for an existing enterprise or a new one',
      description: "A new enterprise goes through the register's own checks: 409 enterprise.possibleDuplicate unless confirmDuplicate.",
      body: createLeadBody,
      response: { 201: leadDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createLead(db, actor(request), request.body, request.locale, rule)),
  });

  app.get('/api/leads/home', {
    config: { permission: 'lead.work' },
    schema: { tags, summary: "The caller's home cards: follow-ups due, leads soon back in the pool", response: { 200: leadHomeSchema, ...problemResponses } },
    handler: async (request) => readLeadHome(db, currentUser(request), request.locale, rule),
  });

  app.get('/api/leads/assignees', {
    config: { permission: ['lead.assign', 'lead.work'] },
    schema: { tags, summary: 'The officers the caller may assign leads to', response: { 200: z.array(assigneeSchema), ...problemResponses } },
    handler: async (request) => listAssignees(db, currentUser(request)),
  });

  app.get('/api/leads/:id', {
    config: { permission: 'lead.read' },
    schema: { tags, summary: 'One lead with its follow-ups and the actions the caller may take', params: idParams, response: detail },
    handler: async (request) => getLead(db, currentUser(request), request.params.id, request.locale, rule),
  });

  app.patch('/api/leads/:id', {
    config: { permission: 'lead.work' },
    schema: { tags, summary: "Change an open lead's details", params: idParams, body: updateLeadBody, response: detail },
    handler: async (request) => updateLead(db, actor(request), request.params.id, request.body, request.locale, rule),
  });

  app.post('/api/leads/:id/claim', {
    config: { permission: 'lead.work' },
    schema: {
      tags,
      summary: 'Claim a lead from the pool',
      description: '409 lead.alreadyClaimed when someone else claimed it first.',
      params: idParams,
      response: detail,
    },
    handler: async (request) => claimLead(db, actor(request), request.params.id, request.locale, rule),
  });

  app.post('/api/leads/:id/assign', {
    config: { permission: ['lead.assign', 'lead.work'] },
    schema: {
      tags,
      summary: "Assign a lead to an officer: leaders and administrators any, a team's lead the team's and the pool's to its members",
      params: idParams,
      body: assignLeadBody,
      response: detail,
    },
    handler: async (request) => assignLead(db, app.ctx, actor(request), request.params.id, request.body.ownerId, request.locale, rule),
  });

  app.post('/api/leads/:id/release', {
    config: { permission: ['lead.assign', 'lead.work'] },
    schema: { tags, summary: 'Put a lead back in the pool', params: idParams, response: detail },
    handler: async (request) => releaseLead(db, actor(request), request.params.id, request.locale, rule),
  });

  app.post('/api/leads/:id/convert', {
    config: { permission: 'lead.work' },
    schema: { tags, summary: 'Mark a lead converted', params: idParams, response: detail },
    handler: async (request) => moveLead(db, actor(request), request.params.id, 'convert', undefined, request.locale, rule),
  });

  app.post('/api/leads/:id/drop', {
    config: { permission: 'lead.work' },
    schema: { tags, summary: 'Drop a lead, with the reason', params: idParams, body: dropLeadBody, response: detail },
    handler: async (request) => moveLead(db, actor(request), request.params.id, 'drop', request.body, request.locale, rule),
  });

  app.post('/api/leads/:id/reopen', {
    config: { permission: 'lead.work' },
    schema: { tags, summary: 'Reopen a dropped lead', params: idParams, response: detail },
    handler: async (request) => moveLead(db, actor(request), request.params.id, 'reopen', undefined, request.locale, rule),
  });

  app.post('/api/leads/:id/follow-ups', {
    config: { permission: 'lead.work' },
    schema: { tags, summary: 'Log a follow-up (a dated note); it touches the lead', params: idParams, body: followUpBody, response: detail },
    handler: async (request) => addFollowUp(db, actor(request), request.params.id, request.body, request.locale, rule),
  });
}
