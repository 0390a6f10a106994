import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEventSchema, pageOf, pageQuery, problemResponses } from '../http/schemas.ts';
import { listAuditEvents } from './list-audit-events.ts';

/** The raw trail of any record, for administrators and leaders; modules serve their own record histories. */
export async function auditRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get('/api/audit', {
    config: { access: ['admin', 'leader'] },
    schema: {
      tags: ['audit'],
      summary: 'History of one record',
      querystring: pageQuery.extend({ entityType: z.string().min(1).max(50), entityId: z.string().min(1).max(100) }),
      response: { 200: pageOf(auditEventSchema), ...problemResponses },
    },
    handler: async (request) => {
      const { entityType, entityId, page, pageSize } = request.query;
      return listAuditEvents(app.ctx.db, { entityType, entityIds: [entityId], page, pageSize });
    },
  });
}
