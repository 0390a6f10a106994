import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../../platform/auth/plugin.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../../platform/http/xlsx-download.ts';
import { roundParams } from '../schemas.ts';
import { roundDashboardSchema } from './dashboard-schemas.ts';
import { exportRoundDashboard } from './export-round-dashboard.ts';
import { readRoundDashboard } from './read-round-dashboard.ts';

/** The organisers' round dashboard, and its export. */
export async function dashboardRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  app.get('/api/competition/editions/:id/rounds/:roundId/dashboard', {
    config: { permission: 'competition.read' },
    schema: {
      tags: ['competition'],
      summary: "A round's dashboard: registrations by track, source, state and day; each phase's review progress per judge",
      params: roundParams,
      response: { 200: roundDashboardSchema, ...problemResponses },
    },
    handler: async (request) => readRoundDashboard(db, request.params.id, request.params.roundId),
  });

  app.get('/api/competition/editions/:id/rounds/:roundId/dashboard/export', {
    config: { permission: 'competition.read' },
    schema: {
      tags: ['competition'],
      summary: "A round's dashboard as an .xlsx workbook in the request's language: registrations, review progress per judge, missing scores; audited",
      params: roundParams,
      response: { 200: xlsxResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { workbook, fileName, asciiName } = await exportRoundDashboard(db, actorOf(request), request.params.id, request.params.roundId, request.locale);
      return xlsxDownload(reply, workbook, { utf8: fileName, ascii: asciiName });
    },
  });
}
