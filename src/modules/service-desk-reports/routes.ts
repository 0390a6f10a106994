import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { exportDeskReport } from './export-desk-report.ts';
import { listFigureRequests } from './list-figure-requests.ts';
import { readBacklogAge } from './read-backlog-age.ts';
import { readCreatedResolved } from './read-created-resolved.ts';
import { readSatisfaction } from './read-satisfaction.ts';
import { readSlaAttainment } from './read-sla-attainment.ts';
import { checkReportMonths } from './report-months.ts';
import { backlogSchema, createdResolvedSchema, deskReportQuery, figureRequestsQuery, figureRequestsSchema, satisfactionSchema, slaAttainmentSchema } from './schemas.ts';
import './messages.ts';

export async function deskReportRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['reports'];
  // The figures count every team's requests and open them: for those who read all of them, supervisors and leaders.
  const config = { permission: 'serviceRequest.readAll' } as const;

  app.get('/api/reports/service-desk/sla', {
    config,
    schema: {
      tags,
      summary: 'First-response and resolution targets met and breached, by the China month they were decided, in total and per month, team and category',
      querystring: deskReportQuery,
      response: { 200: slaAttainmentSchema, ...problemResponses },
    },
    handler: async (request) => readSlaAttainment(db, checkReportMonths(request.query), request.query, request.locale),
  });

  app.get('/api/reports/service-desk/created-resolved', {
    config,
    schema: { tags, summary: 'Requests opened and resolved in each China month of the range', querystring: deskReportQuery, response: { 200: createdResolvedSchema, ...problemResponses } },
    handler: async (request) => readCreatedResolved(db, checkReportMonths(request.query), request.query),
  });

  app.get('/api/reports/service-desk/backlog', {
    config,
    schema: { tags, summary: 'The requests open now by how long they have been open, in total and per team', querystring: deskReportQuery, response: { 200: backlogSchema, ...problemResponses } },
    handler: async (request) => readBacklogAge(db, request.query),
  });

  app.get('/api/reports/service-desk/satisfaction', {
    config,
    schema: {
      tags,
      summary: "The enterprises' ratings given in the range: count, mean and distribution, in total, per month, team and category",
      querystring: deskReportQuery,
      response: { 200: satisfactionSchema, ...problemResponses },
    },
    handler: async (request) => readSatisfaction(db, checkReportMonths(request.query), request.query, request.locale),
  });

  app.get('/api/reports/service-desk/requests', {
    config,
    schema: {
      tags,
      summary: 'A page of the requests behind one figure of the report, with the same months and filters',
      querystring: figureRequestsQuery,
      response: { 200: figureRequestsSchema, ...problemResponses },
    },
    handler: async (request) => listFigureRequests(db, request.query, checkReportMonths(request.query), request.locale),
  });

  app.get('/api/reports/service-desk/export', {
    config,
    schema: { tags, summary: "Every figure of the report as an .xlsx workbook in the request's language, a sheet each; audited", querystring: deskReportQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const range = checkReportMonths(request.query);
      const workbook = await exportDeskReport(db, actorOf(request), range, request.query, request.locale);
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'deskReport.fileName', { ...range }), ascii: `service-desk-report-${range.from}-to-${range.to}.xlsx` });
    },
  });
}
