import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, can } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { readEditionDetail } from './competition-records.ts';
import { dashboardRoutes } from './dashboard/dashboard-routes.ts';
import { judgingRoutes } from './judging/judging-routes.ts';
import { landingRoutes } from './landing/landing-routes.ts';
import { resultsRoutes } from './results/results-routes.ts';
import { deleteEdition } from './delete-edition.ts';
import { deletePhase } from './delete-phase.ts';
import { deletePrize } from './delete-prize.ts';
import { deleteRound } from './delete-round.ts';
import { deleteTrack } from './delete-track.ts';
import { entryRoutes } from './entries/entry-routes.ts';
import { listEditions } from './list-editions.ts';
import { saveEdition } from './save-edition.ts';
import { savePhase } from './save-phase.ts';
import { savePrize } from './save-prize.ts';
import { saveRound } from './save-round.ts';
import { saveTrack } from './save-track.ts';
import { scoringRoutes } from './scoring/scoring-routes.ts';
import {
  editionBody,
  editionDetailSchema,
  editionListQuery,
  editionPage,
  phaseBody,
  phaseParams,
  prizeBody,
  prizeParams,
  roundBody,
  roundParams,
  trackBody,
  trackParams,
} from './schemas.ts';
import './messages.ts';

export async function competitionRoutes(instance: FastifyInstance) {
  await resultsRoutes(instance);
  await landingRoutes(instance);
  await judgingRoutes(instance);
  await scoringRoutes(instance);
  await dashboardRoutes(instance);
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['competition'];
  const detail = { 200: editionDetailSchema, ...problemResponses };
  const created = { 201: editionDetailSchema, ...problemResponses };
  const read = { permission: 'competition.read' } as const;
  const manage = { permission: 'competition.manage' } as const;
  await app.register(entryRoutes);

  app.get('/api/competition/editions', {
    config: read,
    schema: { tags, summary: 'A page of the editions, latest year first, with their counts of tracks and rounds', querystring: editionListQuery, response: { 200: editionPage, ...problemResponses } },
    handler: async (request) => listEditions(db, request.query),
  });

  app.post('/api/competition/editions', {
    config: manage,
    schema: { tags, summary: 'Create an edition', body: editionBody, response: created },
    handler: async (request, reply) => reply.status(201).send(await saveEdition(db, actorOf(request), null, request.body, request.locale)),
  });

  app.get('/api/competition/editions/:id', {
    config: read,
    schema: { tags, summary: 'An edition with its tracks, its rounds with their phases in order, and its prizes', params: idParams, response: detail },
    handler: async (request) => readEditionDetail(db, request.params.id, can(request, 'competition.manage'), request.locale),
  });

  app.patch('/api/competition/editions/:id', {
    config: manage,
    schema: {
      tags,
      summary: "Change an edition's name, year, state or dates",
      description: '409 competition.edition.backToDraft for an opened edition set to draft; 400 when a round would fall outside the dates.',
      params: idParams,
      body: editionBody,
      response: detail,
    },
    handler: async (request) => saveEdition(db, actorOf(request), request.params.id, request.body, request.locale),
  });

  app.delete('/api/competition/editions/:id', {
    config: manage,
    schema: { tags, summary: 'Delete a draft edition with its parts (409 competition.edition.onlyDraftsDeleted otherwise)', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteEdition(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/competition/editions/:id/tracks', {
    config: manage,
    schema: { tags, summary: 'Add a track (field) with its GB/T 4754 industries', description: '409 competition.edition.closed for a closed edition, as for every part.', params: idParams, body: trackBody, response: created },
    handler: async (request, reply) => reply.status(201).send(await saveTrack(db, actorOf(request), request.params.id, null, request.body, request.locale)),
  });

  app.patch('/api/competition/editions/:id/tracks/:trackId', {
    config: manage,
    schema: { tags, summary: 'Change a track', params: trackParams, body: trackBody, response: detail },
    handler: async (request) => saveTrack(db, actorOf(request), request.params.id, request.params.trackId, request.body, request.locale),
  });

  app.delete('/api/competition/editions/:id/tracks/:trackId', {
    config: manage,
    schema: { tags, summary: 'Remove a track while the edition is a draft', params: trackParams, response: detail },
    handler: async (request) => deleteTrack(db, actorOf(request), request.params.id, request.params.trackId, request.locale),
  });

  app.post('/api/competition/editions/:id/rounds', {
    config: manage,
    schema: { tags, summary: 'Add a round: a regional round or the final, with its place, day and capacity', params: idParams, body: roundBody, response: created },
    handler: async (request, reply) => reply.status(201).send(await saveRound(db, actorOf(request), request.params.id, null, request.body, request.locale)),
  });

  app.patch('/api/competition/editions/:id/rounds/:roundId', {
    config: manage,
    schema: { tags, summary: 'Change a round', params: roundParams, body: roundBody, response: detail },
    handler: async (request) => saveRound(db, actorOf(request), request.params.id, request.params.roundId, request.body, request.locale),
  });

  app.delete('/api/competition/editions/:id/rounds/:roundId', {
    config: manage,
    schema: { tags, summary: 'Remove a planned round with its phases and prizes', params: roundParams, response: detail },
    handler: async (request) => deleteRound(db, actorOf(request), request.params.id, request.params.roundId, request.locale),
  });

  app.post('/api/competition/editions/:id/rounds/:roundId/phases', {
    config: manage,
    schema: {
      tags,
      summary: 'Add a phase to a round with its advancement rule',
      description: 'One phase of each kind per round; phases run in turn (online review, roadshow, final), each opening no earlier than the one before closes.',
      params: roundParams,
      body: phaseBody,
      response: created,
    },
    handler: async (request, reply) => reply.status(201).send(await savePhase(db, actorOf(request), request.params.id, request.params.roundId, null, request.body, request.locale)),
  });

  app.patch('/api/competition/editions/:id/rounds/:roundId/phases/:phaseId', {
    config: manage,
    schema: { tags, summary: 'Change a phase', params: phaseParams, body: phaseBody, response: detail },
    handler: async (request) => savePhase(db, actorOf(request), request.params.id, request.params.roundId, request.params.phaseId, request.body, request.locale),
  });

  app.delete('/api/competition/editions/:id/rounds/:roundId/phases/:phaseId', {
    config: manage,
    schema: { tags, summary: 'Remove a phase of a planned round', params: phaseParams, response: detail },
    handler: async (request) => deletePhase(db, actorOf(request), request.params.id, request.params.roundId, request.params.phaseId, request.locale),
  });

  app.post('/api/competition/editions/:id/prizes', {
    config: manage,
    schema: { tags, summary: "Add a prize of the edition or of one of its rounds, for a range of ranks", params: idParams, body: prizeBody, response: created },
    handler: async (request, reply) => reply.status(201).send(await savePrize(db, actorOf(request), request.params.id, null, request.body, request.locale)),
  });

  app.patch('/api/competition/editions/:id/prizes/:prizeId', {
    config: manage,
    schema: { tags, summary: 'Change a prize', params: prizeParams, body: prizeBody, response: detail },
    handler: async (request) => savePrize(db, actorOf(request), request.params.id, request.params.prizeId, request.body, request.locale),
  });

  app.delete('/api/competition/editions/:id/prizes/:prizeId', {
    config: manage,
    schema: { tags, summary: 'Remove a prize of an edition not yet closed', params: prizeParams, response: detail },
    handler: async (request) => deletePrize(db, actorOf(request), request.params.id, request.params.prizeId, request.locale),
  });
}
