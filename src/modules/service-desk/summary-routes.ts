import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { dailySummaryWorkbook } from './export-daily-summary.ts';
import { getDailySummary } from './get-daily-summary.ts';
import { listDailySummaries } from './list-daily-summaries.ts';
import { produceSummaryAgain } from './produce-summary-again.ts';
import { summaryScopeOf } from './summary-policy.ts';
import { dailySummarySchema, summaryListQuery, summaryPage, summaryParams, summaryTeamParams } from './summary-schemas.ts';
import './summary-messages.ts';

/** The desk's daily summaries (一天一总结): browse, read, print, export, and produce the latest again. */
export async function serviceDeskSummaryRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['service-desk'];

  app.get('/api/service-desk/summaries', {
    config: { permission: 'serviceDeskSummary.read' },
    schema: {
      tags,
      summary: "The daily summaries of the caller's teams (every team's for readers of all), newest day first",
      querystring: summaryListQuery,
      response: { 200: summaryPage, ...problemResponses },
    },
    handler: async (request) => listDailySummaries(db, await summaryScopeOf(db, currentUser(request)), request.query),
  });

  app.get('/api/service-desk/summaries/:teamId/:day', {
    config: { permission: 'serviceDeskSummary.read' },
    schema: {
      tags,
      summary: "One team's summary of a day: requests opened and resolved, SLA met and breached, response and resolution times, open items, repeated problems",
      params: summaryParams,
      response: { 200: dailySummarySchema, ...problemResponses },
    },
    handler: async (request) =>
      getDailySummary(db, await summaryScopeOf(db, currentUser(request)), request.params.teamId, request.params.day, request.locale),
  });

  app.get('/api/service-desk/summaries/:teamId/:day/export', {
    config: { permission: 'serviceDeskSummary.read' },
    schema: { tags, summary: 'The same summary as an .xlsx workbook in the caller\'s language', params: summaryParams, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const summary = await getDailySummary(db, await summaryScopeOf(db, currentUser(request)), request.params.teamId, request.params.day, request.locale);
      return xlsxDownload(reply, dailySummaryWorkbook(summary, request.locale), {
        utf8: translate(request.locale, 'serviceDeskSummary.fileName', { team: summary.teamName, day: summary.day }),
        ascii: `service-desk-summary-${summary.day}.xlsx`,
      });
    },
  });

  app.post('/api/service-desk/summaries/:teamId/produce', {
    config: { permission: 'serviceDeskSummary.produce' },
    schema: {
      tags,
      summary: "Produce the team's latest summary (yesterday's) again, its figures as they stand now",
      params: summaryTeamParams,
      response: { 200: dailySummarySchema, ...problemResponses },
    },
    handler: async (request) => {
      const scope = await summaryScopeOf(db, currentUser(request));
      const day = await produceSummaryAgain(app.ctx, scope, actorOf(request), request.params.teamId);
      return getDailySummary(db, scope, request.params.teamId, day, request.locale);
    },
  });
}
