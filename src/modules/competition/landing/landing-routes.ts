import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../../platform/http/xlsx-download.ts';
import { workflowActorOf } from '../../../platform/workflow/workflow-actor.ts';
import { leadOfferBody } from '../results/results-schemas.ts';
import { roundParams } from '../schemas.ts';
import { exportLandingTracker } from './export-landing-tracker.ts';
import { landingSupportBody, landingSupportList, landingTrackerSchema, trackerQuery } from './landing-schemas.ts';
import { listLandingSupport, recordLandingSupport } from './landing-support.ts';
import { offerRoundAsLeads } from './offer-round-as-leads.ts';
import { readLandingTracker } from './read-landing-tracker.ts';

const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });

/** Every entry a lead, the landing support given to entries and the landing tracker (赛事+服务+落地). */
export async function landingRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['competition'];
  const read = { permission: 'competition.read' } as const;
  const manage = { permission: 'competition.manage' } as const;

  app.get('/api/competition/editions/:id/landing', {
    config: read,
    schema: {
      tags,
      summary: 'The landing tracker of an edition or one of its rounds: entries, leads, projects, signed, registered, producing',
      description: 'A project counts once however many entries share its lead, by the steps it reached as the investment module counts them; each figure lists its entries or projects.',
      params: idParams,
      querystring: trackerQuery,
      response: { 200: landingTrackerSchema, ...problemResponses },
    },
    handler: async (request) => readLandingTracker(db, request.params.id, request.query.roundId),
  });

  app.get('/api/competition/editions/:id/landing/export', {
    config: read,
    schema: { tags, summary: 'The landing tracker as an .xlsx workbook in the request’s language; audited', params: idParams, querystring: trackerQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const { workbook, fileName, asciiName } = await exportLandingTracker(db, actorOf(request), request.params.id, request.query.roundId, request.locale);
      return xlsxDownload(reply, workbook, { utf8: fileName, ascii: asciiName });
    },
  });

  app.post('/api/competition/editions/:id/rounds/:roundId/leads', {
    config: manage,
    schema: {
      tags,
      summary: 'Offer the closed round’s entries not yet leads as leads (those added since its closing); idempotent',
      description: '409 competition.results.roundOpen while the round is not closed.',
      params: roundParams,
      body: leadOfferBody,
      response: { 200: z.object({ created: z.number().int(), linked: z.number().int() }), ...problemResponses },
    },
    handler: async (request) =>
      offerRoundAsLeads(db, { ...workflowActorOf(request), id: currentUser(request).id }, request.params.id, request.params.roundId, request.body, request.locale),
  });

  app.get('/api/competition/editions/:id/entries/:entryId/landing-support', {
    config: read,
    schema: { tags, summary: 'The landing support given to an entry', params: entryParams, response: { 200: landingSupportList, ...problemResponses } },
    handler: async (request) => listLandingSupport(db, request.params.id, request.params.entryId),
  });

  app.post('/api/competition/editions/:id/entries/:entryId/landing-support', {
    config: manage,
    schema: { tags, summary: 'Record landing support given to an entry: an incubator place, funding, a bank referral; audited', params: entryParams, body: landingSupportBody, response: { 200: landingSupportList, ...problemResponses } },
    handler: async (request) => recordLandingSupport(db, actorOf(request), request.params.id, request.params.entryId, request.body),
  });
}
