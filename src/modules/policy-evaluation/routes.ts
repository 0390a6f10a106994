import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { exportPolicyEvaluation } from './export-policy-evaluation.ts';
import { listEvaluationEnterprises } from './list-evaluation-enterprises.ts';
import { readPolicyEvaluation } from './read-policy-evaluation.ts';
import { evaluationEnterprisesQuery, evaluationEnterprisesSchema, evaluationPageQuery, evaluationQuery, evaluationReportSchema } from './schemas.ts';
import './messages.ts';

export async function policyEvaluationRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['reports'];
  const config = { permission: 'policyEvaluation.read' } as const;

  app.get('/api/reports/policies', {
    config,
    schema: {
      tags,
      summary: "Each published or withdrawn policy's evaluation and its benefit items': eligible, notified, applied, approved, paid, amounts, days to payout, satisfaction",
      querystring: evaluationPageQuery,
      response: { 200: evaluationReportSchema, ...problemResponses },
    },
    handler: async (request) => readPolicyEvaluation(db, request.query),
  });

  app.get('/api/reports/policies/enterprises', {
    config,
    schema: { tags, summary: 'A page of the enterprises behind one figure of the evaluation', querystring: evaluationEnterprisesQuery, response: { 200: evaluationEnterprisesSchema, ...problemResponses } },
    handler: async (request) => listEvaluationEnterprises(db, request.query),
  });

  app.get('/api/reports/policies/export', {
    config,
    schema: { tags, summary: "The evaluation as an .xlsx workbook in the request's language; audited", querystring: evaluationQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const workbook = await exportPolicyEvaluation(db, actorOf(request), request.query, request.locale);
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'policyEvaluation.fileName'), ascii: 'policy-evaluation.xlsx' });
    },
  });
}
