import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { auditEventSchema, idParams, pageOf, pageQuery, problemResponses } from '../../platform/http/schemas.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { countEnterprises } from './count-enterprises.ts';
import { createEnterprise } from './create-enterprise.ts';
import { enterpriseScopeOf } from './enterprise-scope.ts';
import { inReaderLanguage } from './enterprise-records.ts';
import { listTimeline } from './enterprise-timeline.ts';
import { exportEnterprises } from './export-enterprises.ts';
import { findDuplicates } from './find-duplicates.ts';
import { getEnterprise } from './get-enterprise.ts';
import { listEnterpriseHistory } from './list-enterprise-history.ts';
import { mergeEnterprises } from './merge-enterprises.ts';
import {
  createEnterpriseBody,
  duplicateCheckBody,
  duplicateCheckResponse,
  enterpriseFilters,
  enterpriseListQuery,
  enterprisePage,
  enterpriseSchema,
  enterpriseStatsSchema,
  mergeBody,
  timelineItemSchema,
  updateEnterpriseBody,
} from './schemas.ts';
import { searchEnterprises } from './search-enterprises.ts';
import { updateEnterprise } from './update-enterprise.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import type { ModuleRouteOptions } from '../../server/module.ts';
import './messages.ts';

export async function enterpriseRoutes(instance: FastifyInstance, options: ModuleRouteOptions) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['enterprises'];
  const timelineSources = options.modules.flatMap((module) => module.timelineSources ?? []);
  const mergeSteps = options.modules.flatMap((module) => module.mergeSteps ?? []);

  app.get('/api/enterprises', {
    config: { permission: 'enterprise.read' },
    schema: {
      tags,
      summary: 'Search enterprises, a page at a time',
      querystring: enterpriseListQuery,
      response: { 200: enterprisePage, ...problemResponses },
    },
    handler: async (request) => searchEnterprises(db, enterpriseScopeOf(currentUser(request)), { ...request.query, locale: request.locale }),
  });

  app.get('/api/enterprises/stats', {
    config: { permission: 'enterprise.read' },
    schema: {
      tags,
      summary: 'Counts of the enterprises the caller may see: total, by region, by size class and by tag',
      response: { 200: enterpriseStatsSchema, ...problemResponses },
    },
    handler: async (request) => countEnterprises(db, enterpriseScopeOf(currentUser(request))),
  });

  app.get('/api/enterprises/export', {
    config: { permission: 'enterprise.export' },
    schema: {
      tags,
      summary: 'Every enterprise matching the filters, as an .xlsx workbook in the request\'s language',
      querystring: enterpriseFilters,
      response: { 200: xlsxResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const workbook = await exportEnterprises(db, actorOf(request), enterpriseScopeOf(currentUser(request)), request.query, request.locale);
      const date = new Date().toISOString().slice(0, 10);
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'enterprise.export.fileName', { date }), ascii: `enterprises-${date}.xlsx` });
    },
  });

  app.post('/api/enterprises/duplicates', {
    config: { permission: 'enterprise.edit' },
    schema: {
      tags,
      summary: 'Existing enterprises with the same credit code or a near-identical name',
      body: duplicateCheckBody,
      response: { 200: duplicateCheckResponse, ...problemResponses },
    },
    handler: async (request) => ({ candidates: await findDuplicates(db, request.body) }),
  });

  app.post('/api/enterprises', {
    config: { permission: 'enterprise.edit' },
    schema: {
      tags,
      summary: 'Create an enterprise',
      description:
        '409 enterprise.creditCodeTaken when another enterprise has the credit code; 409 enterprise.possibleDuplicate ' +
        'for a near-identical name unless confirmDuplicate. Both list `candidates` [{id, name, creditCode, reason}].',
      body: createEnterpriseBody,
      response: { 201: enterpriseSchema, ...problemResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inReaderLanguage(db, request.locale, await createEnterprise(db, actorOf(request), request.body))),
  });

  app.get('/api/enterprises/:id', {
    config: { permission: 'enterprise.read' },
    schema: { tags, summary: 'One enterprise', params: idParams, response: { 200: enterpriseSchema, ...problemResponses } },
    handler: async (request) => inReaderLanguage(db, request.locale, await getEnterprise(db, enterpriseScopeOf(currentUser(request)), request.params.id)),
  });

  app.patch('/api/enterprises/:id', {
    config: { permission: ['enterprise.edit', 'enterprise.edit-own'] },
    schema: {
      tags,
      summary: 'Change an enterprise; enterprise users may change only their own address and contacts',
      params: idParams,
      body: updateEnterpriseBody,
      response: { 200: enterpriseSchema, ...problemResponses },
    },
    handler: async (request) =>
      inReaderLanguage(db, request.locale, await updateEnterprise(db, actorOf(request), enterpriseScopeOf(currentUser(request)), request.params.id, request.body)),
  });

  app.post('/api/enterprises/:id/merge', {
    config: { permission: 'enterprise.merge' },
    schema: {
      tags,
      summary: 'Merge a duplicate into this enterprise; returns this (the surviving) enterprise',
      params: idParams,
      body: mergeBody,
      response: { 200: enterpriseSchema, ...problemResponses },
    },
    handler: async (request) =>
      inReaderLanguage(db, request.locale, await mergeEnterprises(db, actorOf(request), { survivorId: request.params.id, duplicateId: request.body.duplicateId, steps: mergeSteps })),
  });

  app.get('/api/enterprises/:id/timeline', {
    config: { permission: 'enterprise.read' },
    schema: {
      tags,
      summary: 'Events of the enterprise (and of records merged into it), newest first',
      params: idParams,
      querystring: pageQuery,
      response: { 200: pageOf(timelineItemSchema), ...problemResponses },
    },
    handler: async (request) =>
      listTimeline(db, enterpriseScopeOf(currentUser(request)), request.params.id, { ...request.query, locale: request.locale, reader: currentUser(request) }, timelineSources),
  });

  app.get('/api/enterprises/:id/history', {
    config: { permission: 'enterprise.read' },
    schema: {
      tags,
      summary: 'Audit trail of the enterprise (and of records merged into it), with before and after',
      params: idParams,
      querystring: pageQuery,
      response: { 200: pageOf(auditEventSchema), ...problemResponses },
    },
    handler: async (request) => listEnterpriseHistory(db, enterpriseScopeOf(currentUser(request)), request.params.id, request.query),
  });
}

