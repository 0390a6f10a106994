import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../../platform/http/schemas.ts';
import { phaseParams } from '../schemas.ts';
import { addPanelJudge, type PanelJudgeIds } from './add-panel-judge.ts';
import { assignPhaseJudges } from './assign-phase-judges.ts';
import { declareConflict } from './declare-conflict.ts';
import { findJudgeOfUser, readJudges } from './judge-records.ts';
import {
  conflictBody,
  conflictListSchema,
  createdJudgeSchema,
  judgeBody,
  judgeListSchema,
  judgeParams,
  judgeQueueSchema,
  judgeSchema,
  newJudgeBody,
  organisationPageSchema,
  organisationQuery,
  phaseJudgingSchema,
} from './judge-schemas.ts';
import './judging-messages.ts';
import { listConflicts } from './list-conflicts.ts';
import { readJudgeQueue } from './read-judge-queue.ts';
import { readPhaseJudging } from './read-phase-judging.ts';
import { removePanelJudge } from './remove-panel-judge.ts';
import { createJudge, updateJudge } from './save-judge.ts';
import { searchOrganisations } from './search-organisations.ts';

const panelJudgeParams = phaseParams.extend({ judgeId: z.uuid() });
const panelJudgeIdsOf = (params: z.output<typeof panelJudgeParams>): PanelJudgeIds => ({ editionId: params.id, roundId: params.roundId, phaseId: params.phaseId, judgeId: params.judgeId });

/** Judges and their conflicts of interest, assigning a phase's entries to judges, and a judge's own queue. */
export async function judgingRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['competition'];
  const manage = { permission: 'competition.manage' } as const;
  const judge = { permission: 'competition.judge' } as const;
  const phaseJudging = { 200: phaseJudgingSchema, ...problemResponses };

  app.get('/api/competition/judges', {
    config: manage,
    schema: { tags, summary: 'The judges with their organisations and tracks, by name', response: { 200: judgeListSchema, ...problemResponses } },
    handler: async () => ({ items: await readJudges(db) }),
  });

  app.post('/api/competition/judges', {
    config: manage,
    schema: {
      tags,
      summary: 'Create a judge: an account with the judge role and a temporary password, and their profile',
      body: newJudgeBody,
      response: { 201: createdJudgeSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createJudge(db, actorOf(request), request.body)),
  });

  app.patch('/api/competition/judges/:judgeId', {
    config: manage,
    schema: { tags, summary: "Change a judge's name, title, organisation and tracks", params: judgeParams, body: judgeBody, response: { 200: judgeSchema, ...problemResponses } },
    handler: async (request) => updateJudge(db, actorOf(request), request.params.judgeId, request.body),
  });

  app.get('/api/competition/organisations', {
    config: manage,
    schema: {
      tags,
      summary: "Organisations of the register by name or credit code, to link a judge's organisation to its master record",
      description: 'Only the id, name and credit code of each, for organisers who may not browse the register.',
      querystring: organisationQuery,
      response: { 200: organisationPageSchema, ...problemResponses },
    },
    handler: async (request) => searchOrganisations(db, request.query, request.locale),
  });

  app.get('/api/competition/editions/:id/conflicts', {
    config: manage,
    schema: { tags, summary: "The conflicts of interest judges declared on the edition's entries", params: idParams, response: { 200: conflictListSchema, ...problemResponses } },
    handler: async (request) => listConflicts(db, request.params.id),
  });

  app.get('/api/competition/editions/:id/rounds/:roundId/phases/:phaseId/judging', {
    config: manage,
    schema: { tags, summary: "A phase's entries with their judges, each judge's progress and the missing scores", params: phaseParams, response: phaseJudging },
    handler: async (request) => readPhaseJudging(db, request.params.id, request.params.roundId, request.params.phaseId),
  });

  app.post('/api/competition/editions/:id/rounds/:roundId/phases/:phaseId/assignment', {
    config: manage,
    schema: {
      tags,
      summary: "Assign the phase's entries to judges by field with balanced loads, never with a conflict of interest",
      description: 'Replaces the assignments of entries nobody has scored yet; 409 competition.judging.phaseClosed once the phase is closed.',
      params: phaseParams,
      response: phaseJudging,
    },
    handler: async (request) => assignPhaseJudges(db, actorOf(request), request.params.id, request.params.roundId, request.params.phaseId),
  });

  app.put('/api/competition/editions/:id/rounds/:roundId/phases/:phaseId/panel/:judgeId', {
    config: manage,
    schema: {
      tags,
      summary: "Put a judge on the phase's panel: a phase with a panel is assigned among its members only",
      description: '404 for an unknown judge; 409 competition.judging.phaseClosed once the phase is closed. Adding a member again changes nothing.',
      params: panelJudgeParams,
      response: phaseJudging,
    },
    handler: async (request) => addPanelJudge(db, actorOf(request), panelJudgeIdsOf(request.params)),
  });

  app.delete('/api/competition/editions/:id/rounds/:roundId/phases/:phaseId/panel/:judgeId', {
    config: manage,
    schema: {
      tags,
      summary: "Take a judge off the phase's panel, with the entries they were given in it",
      description: '409 competition.judging.panelJudgeScored once they scored or abstained on an entry of the phase; 409 competition.judging.phaseClosed once it is closed.',
      params: panelJudgeParams,
      response: phaseJudging,
    },
    handler: async (request) => removePanelJudge(db, actorOf(request), panelJudgeIdsOf(request.params)),
  });

  app.get('/api/competition/judging/me', {
    config: judge,
    schema: { tags, summary: "The signed-in judge's profile", response: { 200: judgeSchema, ...problemResponses } },
    handler: async (request) => {
      const own = await findJudgeOfUser(db, currentUser(request).id);
      return (await readJudges(db, [own.id]))[0]!;
    },
  });

  app.get('/api/competition/judging/queue', {
    config: judge,
    schema: { tags, summary: "The signed-in judge's entries in phases still open, scored or not, never one they have a conflict with", response: { 200: judgeQueueSchema, ...problemResponses } },
    handler: async (request) => readJudgeQueue(db, await findJudgeOfUser(db, currentUser(request).id)),
  });

  app.post('/api/competition/judging/conflicts', {
    config: judge,
    schema: {
      tags,
      summary: 'Declare a conflict of interest on an entry by its number',
      description: "The entry leaves the judge's queue and its routes answer them 404; their assignments and scores of it in open phases are withdrawn.",
      body: conflictBody,
      response: { 204: z.null(), ...problemResponses },
    },
    handler: async (request, reply) => {
      await declareConflict(db, actorOf(request), await findJudgeOfUser(db, currentUser(request).id), request.body);
      return reply.status(204).send(null);
    },
  });
}
