import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../../platform/auth/plugin.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import { findJudgeOfUser } from '../judging/judge-records.ts';
import { judgedEntryParams, judgedEntrySchema, scoreSheetBody } from '../judging/judge-schemas.ts';
import { readJudgedEntry } from './read-judged-entry.ts';
import { saveScoreSheet } from './save-score-sheet.ts';

/** A judge's scoring of an entry assigned to them; every route answers 404 for an entry they have a conflict with. */
export async function scoringRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['competition'];
  const judge = { permission: 'competition.judge' } as const;
  const response = { 200: judgedEntrySchema, ...problemResponses };

  app.get('/api/competition/judging/phases/:phaseId/entries/:entryId', {
    config: judge,
    schema: { tags, summary: 'An entry assigned to the signed-in judge, with the rubric, its files and their score sheet', params: judgedEntryParams, response },
    handler: async (request) => readJudgedEntry(db, await findJudgeOfUser(db, currentUser(request).id), request.params.phaseId, request.params.entryId),
  });

  app.put('/api/competition/judging/phases/:phaseId/entries/:entryId/score', {
    config: judge,
    schema: {
      tags,
      summary: "Give or change the signed-in judge's score sheet of the entry, or abstain",
      description: '404 unless assigned and free of conflict; 409 competition.judging.phaseClosed once the phase is closed; 400 for a sheet that does not fit the rubric.',
      params: judgedEntryParams,
      body: scoreSheetBody,
      response,
    },
    handler: async (request) => saveScoreSheet(db, actorOf(request), await findJudgeOfUser(db, currentUser(request).id), request.params.phaseId, request.params.entryId, request.body),
  });
}
