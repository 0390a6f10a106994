import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../../platform/auth/plugin.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../../platform/http/xlsx-download.ts';
import { workflowActorOf } from '../../../platform/workflow/workflow-actor.ts';
import { phaseParams } from '../schemas.ts';
import { closePhase } from './close-phase.ts';
import { exportRanking } from './export-ranking.ts';
import { listLeadOwners } from './lead-owners.ts';
import { publishNotice } from './publish-notice.ts';
import { readPhaseRanking } from './read-phase-ranking.ts';
import { readPublicNotices } from './read-public-notices.ts';
import { closePhaseBody, leadOwnersSchema, phaseRankingSchema, publicNoticeSchema, publishNoticeBody, rankingQuery } from './results-schemas.ts';
import './results-messages.ts';

/** A phase's ranking, its closing and results notice (公示), and the public notices. */
export async function resultsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['competition'];
  const manage = { permission: 'competition.manage' } as const;
  const ranking = { 200: phaseRankingSchema, ...problemResponses };
  const idsOf = (params: { id: string; roundId: string; phaseId: string }) => ({ editionId: params.id, roundId: params.roundId, phaseId: params.phaseId });
  const base = '/api/competition/editions/:id/rounds/:roundId/phases/:phaseId';

  app.get(`${base}/ranking`, {
    config: manage,
    schema: {
      tags,
      summary: "A phase's ranking: a live preview by a method while open, the stored results once closed",
      description: "Each entry's value, rank and ties, every judge's raw and normalised score, the abstentions and how the value was computed; who advances by the phase's rule and any tie at the cut.",
      params: phaseParams,
      querystring: rankingQuery,
      response: ranking,
    },
    handler: async (request) => readPhaseRanking(db, idsOf(request.params), request.query.method, true),
  });

  app.get(`${base}/ranking/export`, {
    config: manage,
    schema: { tags, summary: "The phase's ranking as an .xlsx workbook in the request's language; audited", params: phaseParams, querystring: rankingQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const { workbook, fileName, asciiName } = await exportRanking(db, actorOf(request), idsOf(request.params), request.query.method, request.locale);
      return xlsxDownload(reply, workbook, { utf8: fileName, ascii: asciiName });
    },
  });

  app.post(`${base}/close`, {
    config: manage,
    schema: {
      tags,
      summary: 'Close a phase: store each entry’s value, rank and advancement; the last phase closes the round and offers its entries as leads',
      description: '409 competition.results.alreadyClosed when closed before, competition.results.earlierPhaseOpen while an earlier phase is open.',
      params: phaseParams,
      body: closePhaseBody,
      response: ranking,
    },
    handler: async (request) => {
      await closePhase(db, { ...workflowActorOf(request), id: currentUser(request).id }, idsOf(request.params), request.body, request.locale);
      return readPhaseRanking(db, idsOf(request.params), undefined, true);
    },
  });

  app.post(`${base}/notice`, {
    config: manage,
    schema: { tags, summary: "Publish the closed phase's results notice (公示) until a day", params: phaseParams, body: publishNoticeBody, response: ranking },
    handler: async (request) => {
      await publishNotice(db, actorOf(request), idsOf(request.params), request.body.noticeEndsOn);
      return readPhaseRanking(db, idsOf(request.params), undefined, true);
    },
  });

  app.get('/api/competition/lead-owners', {
    config: manage,
    schema: { tags, summary: "The officers who may own a closed round's leads", response: { 200: leadOwnersSchema, ...problemResponses } },
    handler: async () => listLeadOwners(db),
  });

  app.get('/api/competition/notices', {
    config: { access: 'public' },
    schema: { tags, summary: 'The results notices (公示) in their notice period: the advancing entries, never a score', response: { 200: publicNoticeSchema, ...problemResponses } },
    handler: async () => readPublicNotices(db),
  });
}
