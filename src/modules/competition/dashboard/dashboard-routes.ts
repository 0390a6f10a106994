import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../platform/http/schemas.ts';
import { roundParams } from '../schemas.ts';
import { roundDashboardSchema } from './dashboard-schemas.ts';
import { readRoundDashboard } from './read-round-dashboard.ts';

/** The organisers' round dashboard. */
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
}
