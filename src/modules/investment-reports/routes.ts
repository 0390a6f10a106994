import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { exportInvestmentReport } from './export-investment-report.ts';
import { projectFiltersOf, readFunnel } from './read-funnel.ts';
import { readEventLanding } from './read-event-landing.ts';
import { readSignedFigures } from './read-signed-figures.ts';
import { readSiteOccupancy } from './read-site-occupancy.ts';
import { checkReportPeriod } from './report-period.ts';
import { eventLandingReportSchema, funnelReportSchema, occupancyReportSchema, reportQuery, signedReportSchema } from './schemas.ts';
import './messages.ts';

export async function investmentReportRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['reports'];
  const config = { permission: 'projectReport.read' } as const;

  app.get('/api/reports/investment/funnel', {
    config,
    schema: {
      tags,
      summary: "The pipeline of the caller's projects: the period's projects stage by stage with conversions, stages now, median days per stage",
      querystring: reportQuery,
      response: { 200: funnelReportSchema, ...problemResponses },
    },
    handler: async (request) => readFunnel(db, currentUser(request), checkReportPeriod(request.query), projectFiltersOf(request.query)),
  });

  app.get('/api/reports/investment/signed', {
    config,
    schema: {
      tags,
      summary: 'Projects first signed in the period and the amount counted, by sector, district, team and month (the counting rules of /api/projects/summary)',
      querystring: reportQuery,
      response: { 200: signedReportSchema, ...problemResponses },
    },
    handler: async (request) =>
      readSignedFigures(db, currentUser(request), checkReportPeriod(request.query), { ...projectFiltersOf(request.query), verifiedOnly: request.query.verifiedOnly }, request.locale),
  });

  app.get('/api/reports/investment/occupancy', {
    config,
    schema: { tags, summary: "Every site's leased share today and month by month over the period", querystring: reportQuery, response: { 200: occupancyReportSchema, ...problemResponses } },
    handler: async (request) => readSiteOccupancy(db, checkReportPeriod(request.query), request.query.regionCode, request.locale),
  });

  app.get('/api/reports/investment/events', {
    config,
    schema: {
      tags,
      summary: 'Landing rates per event held in the period: of the projects counted there, those registered, started, producing, at capacity or terminated since',
      querystring: reportQuery,
      response: { 200: eventLandingReportSchema, ...problemResponses },
    },
    handler: async (request) => readEventLanding(db, currentUser(request), checkReportPeriod(request.query), projectFiltersOf(request.query)),
  });

  app.get('/api/reports/investment/export', {
    config,
    schema: { tags, summary: "Every table of the report as an .xlsx workbook in the request's language, a sheet each; audited", querystring: reportQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const period = checkReportPeriod(request.query);
      const workbook = await exportInvestmentReport(db, { ...actorOf(request), id: currentUser(request).id, permissions: currentUser(request).permissions }, period, request.query, request.locale);
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'projectReport.fileName', { ...period }), ascii: `investment-report-${period.from}-to-${period.to}.xlsx` });
    },
  });
}
