import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { actionBody } from '../market/schemas.ts';
import { createTalent } from './create-talent.ts';
import { getTalent } from './get-talent.ts';
import { listProjectTalent } from './list-project-talent.ts';
import { listTalent } from './list-talent.ts';
import { moveTalent } from './move-talent.ts';
import {
  createTalentBody,
  figuresQuery,
  talentActionParams,
  talentDetailSchema,
  talentFiguresSchema,
  talentListQuery,
  talentPage,
  talentSummarySchema,
  updateTalentBody,
} from './schemas.ts';
import { readTalentFigures } from './talent-figures.ts';
import { updateTalent } from './update-talent.ts';
import './messages.ts';

export async function talentRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['talent'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const detail = { 200: talentDetailSchema, ...problemResponses };

  app.get('/api/talent', {
    config: { permission: 'talent.read' },
    schema: { tags, summary: 'A page of the talent records the caller sees, filtered', querystring: talentListQuery, response: { 200: talentPage, ...problemResponses } },
    handler: async (request) => listTalent(db, currentUser(request), request.query, request.locale),
  });

  app.post('/api/talent', {
    config: { permission: 'talent.work' },
    schema: {
      tags,
      summary: 'Create a talent record (a person or a team) at 接触',
      description: '400 on projectId alike for a missing project and one the caller cannot see.',
      body: createTalentBody,
      response: { 201: talentDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createTalent(db, actor(request), request.body, request.locale)),
  });

  app.get('/api/talent/figures', {
    config: { permission: 'talent.read' },
    schema: {
      tags,
      summary: 'Of the records the caller sees: how many are in each stage now, and how many landed in the year',
      querystring: figuresQuery,
      response: { 200: talentFiguresSchema, ...problemResponses },
    },
    handler: async (request) => readTalentFigures(db, currentUser(request), request.query.year),
  });

  app.get('/api/talent/:id', {
    config: { permission: 'talent.read' },
    schema: { tags, summary: 'One talent record with its contacts, linked project, days in each stage, moves and the actions the caller may take', params: idParams, response: detail },
    handler: async (request) => getTalent(db, currentUser(request), request.params.id, request.locale),
  });

  app.patch('/api/talent/:id', {
    config: { permission: 'talent.work' },
    schema: { tags, summary: "Change a talent record's details, owner, linked project or next follow-up", params: idParams, body: updateTalentBody, response: detail },
    handler: async (request) => updateTalent(db, actor(request), request.params.id, request.body, request.locale),
  });

  app.post('/api/talent/:id/actions/:action', {
    config: { permission: 'talent.work' },
    schema: {
      tags,
      summary: 'Move a talent record: intent { note? }; land { landedOn, enterpriseId?, note? }; hold / terminate { reason }; resume-contact, resume-intent { note? }',
      description: '404 for a record the caller may not see or an unknown action; 409 workflow.wrongState; 400 naming missing evidence.',
      params: talentActionParams,
      body: actionBody,
      response: detail,
    },
    handler: async (request) => moveTalent(db, actor(request), request.params.id, request.params.action, request.body, request.locale),
  });

  app.get('/api/projects/:id/talent', {
    config: { permission: 'talent.read' },
    schema: {
      tags,
      summary: 'The talent records that come with a project, those the caller sees',
      description: '404 for a project the caller does not see.',
      params: idParams,
      response: { 200: z.array(talentSummarySchema), ...problemResponses },
    },
    handler: async (request) => listProjectTalent(db, currentUser(request), request.params.id, request.locale),
  });
}
