import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEventSchema, pageOf, pageQuery, problemResponses } from '../http/schemas.ts';
import { listAuditEvents } from './list-audit-events.ts';
import './messages.ts';

const auditLogQuery = pageQuery
  .extend({
    entityType: z.string().trim().min(1).max(50).optional().describe('Kind of record, e.g. enterprise, user, tag'),
    entityId: z.string().trim().min(1).max(100).optional().describe('One record (with entityType)'),
    actor: z.string().trim().min(1).max(100).optional().describe("Part of the actor's name"),
    action: z.string().trim().min(1).max(50).optional().describe('e.g. create, update, merge, export, login'),
    from: z.iso.date().optional().describe('First day, in China time (Asia/Shanghai)'),
    to: z.iso.date().optional().describe('Last day, in China time (Asia/Shanghai)'),
  })
  .refine((query) => !query.entityId || query.entityType, { path: ['entityType'], message: 'field.required' })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], message: 'audit.dateOrder' });

/** A day in China time as the instant it begins; the log's filters speak of the reader's calendar days. */
const startOfChinaDay = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000);

/** The audit log, for administrators and leaders: who did what, to which record, when. */
export async function auditRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get('/api/audit', {
    config: { permission: 'audit.read' },
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first: one record\'s history or every event matching the filters',
      querystring: auditLogQuery,
      response: { 200: pageOf(auditEventSchema), ...problemResponses },
    },
    handler: async (request) => {
      const { entityId, from, to, ...filters } = request.query;
      return listAuditEvents(app.ctx.db, {
        ...filters,
        entityIds: entityId ? [entityId] : undefined,
        from: from ? startOfChinaDay(from) : undefined,
        to: to ? startOfChinaDay(to, 1) : undefined,
      });
    },
  });
}
