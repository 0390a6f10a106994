import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../../platform/http/schemas.ts';
import { enterpriseScopeOf } from '../enterprise-scope.ts';
import { enterpriseFiguresSchema, figureYearParams, saveYearFiguresBody, yearFiguresSchema } from './figure-schemas.ts';
import { listEnterpriseFigures } from './read-figures.ts';
import { saveYearFigures } from './save-year-figures.ts';
import { verifyYearFigures } from './verify-year-figures.ts';
import './figure-messages.ts';

/** An enterprise's yearly figures (年度指标): read, set by staff or reported by the enterprise, verified by staff. */
export async function figureRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['enterprise figures'];

  app.get('/api/enterprises/:id/figures', {
    config: { permission: 'enterpriseFigure.read' },
    schema: {
      tags,
      summary: "An enterprise's yearly figures, newest year first; an enterprise user reads only its own",
      params: idParams,
      response: { 200: enterpriseFiguresSchema, ...problemResponses },
    },
    handler: async (request) => listEnterpriseFigures(db, enterpriseScopeOf(currentUser(request)), request.params.id),
  });

  app.put('/api/enterprises/:id/figures/:year', {
    config: { permission: ['enterpriseFigure.edit', 'enterpriseFigure.report'] },
    schema: {
      tags,
      summary: 'Set or clear the figures of one year',
      description:
        'Staff (enterpriseFigure.edit) give figures; an enterprise user (enterpriseFigure.report) reports its own, marked ' +
        'self-reported and unverified, and may not clear one staff gave. 409 enterprise.alreadyMerged for a merged record.',
      params: figureYearParams,
      body: saveYearFiguresBody,
      response: { 200: yearFiguresSchema, ...problemResponses },
    },
    handler: async (request) => {
      const user = currentUser(request);
      const writer = { actor: actorOf(request), scope: enterpriseScopeOf(user), selfReporting: !user.permissions.includes('enterpriseFigure.edit') };
      return saveYearFigures(db, writer, request.params.id, request.params.year, request.body);
    },
  });

  app.post('/api/enterprises/:id/figures/:year/verify', {
    config: { permission: 'enterpriseFigure.verify' },
    schema: {
      tags,
      summary: "Verify the year's self-reported figures; they stay marked as the enterprise's own",
      params: figureYearParams,
      response: { 200: yearFiguresSchema, ...problemResponses },
    },
    handler: async (request) => verifyYearFigures(db, actorOf(request), enterpriseScopeOf(currentUser(request)), request.params.id, request.params.year),
  });
}
