import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentUser } from '../../platform/auth/plugin.ts';
import { idParams, pageQuery, problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { actionBody } from '../market/schemas.ts';
import { idleRuleOf } from '../investment-leads/return-idle-leads.ts';
import { changeAmount } from './change-amount.ts';
import { createProject } from './create-project.ts';
import { creditRankingsWorkbook } from './export-credit-rankings.ts';
import { getProject } from './get-project.ts';
import { landedProjectPage } from './landing-schemas.ts';
import { listLandedProjects } from './project-landing.ts';
import { listProjects } from './list-projects.ts';
import { moveProject } from './move-project.ts';
import { readCreditRankings } from './read-credit-rankings.ts';
import { readProjectCredits } from './read-project-credits.ts';
import { readProjectHome } from './read-project-home.ts';
import { readSignedSummary } from './read-signed-summary.ts';
import { recordSigning } from './record-signing.ts';
import {
  changeAmountBody,
  createProjectBody,
  creditRankingsSchema,
  projectCreditsSchema,
  rankingsQuery,
  setCreditsBody,
  projectActionParams,
  projectDetailSchema,
  projectHomeSchema,
  projectListQuery,
  projectPage,
  projectSignedSummarySchema,
  resignBody,
  summaryQuery,
  updateProjectBody,
} from './schemas.ts';
import { stallRuleOf } from './stall-rule.ts';
import { setProjectCredits } from './set-project-credits.ts';
import { updateProject } from './update-project.ts';
import './messages.ts';

export async function projectRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const rule = stallRuleOf(app.ctx.config);
  const idle = idleRuleOf(app.ctx.config);
  const tags = ['projects'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const detail = { 200: projectDetailSchema, ...problemResponses };

  app.get('/api/projects', {
    config: { permission: 'project.read' },
    schema: { tags, summary: 'A page of the projects the caller sees, filtered', querystring: projectListQuery, response: { 200: projectPage, ...problemResponses } },
    handler: async (request) => listProjects(db, currentUser(request), request.query, request.locale, rule),
  });

  app.post('/api/projects', {
    config: { permission: 'project.work' },
    schema: {
      tags,
      summary: 'Create a project at 线索: for an existing enterprise, a new one, a lead (converted) or as a capital increase',
      description: "A new enterprise goes through the register's own checks: 409 enterprise.possibleDuplicate unless confirmDuplicate.",
      body: createProjectBody,
      response: { 201: projectDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createProject(db, actor(request), request.body, request.locale, rule)),
  });

  app.get('/api/projects/summary', {
    config: { permission: 'project.read' },
    schema: {
      tags,
      summary: 'Projects signed and the amount counted, by month of first signing: each project once, capital increases by their increment',
      querystring: summaryQuery,
      response: { 200: projectSignedSummarySchema, ...problemResponses },
    },
    handler: async (request) => readSignedSummary(db, currentUser(request), request.query),
  });

  app.get('/api/projects/rankings', {
    config: { permission: 'project.read' },
    schema: {
      tags,
      summary: "Officers' or teams' credited projects (count × share) and counted amount (万元 × share) in a year, quarter or month of first signing",
      description: "Over every project, the same for every reader; the rows add up exactly to the period's summary total.",
      querystring: rankingsQuery,
      response: { 200: creditRankingsSchema, ...problemResponses },
    },
    handler: async (request) => readCreditRankings(db, request.query),
  });

  app.get('/api/projects/rankings/export', {
    config: { permission: 'project.read' },
    schema: { tags, summary: "The rankings as an .xlsx workbook in the request's language", querystring: rankingsQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const rankings = await readCreditRankings(db, request.query);
      const { workbook, name } = creditRankingsWorkbook(rankings, request.locale);
      return xlsxDownload(reply, workbook, { utf8: name, ascii: `project-rankings-${rankings.by}-${rankings.period}.xlsx` });
    },
  });

  app.get('/api/projects/home', {
    config: { permission: 'project.work' },
    schema: { tags, summary: "The caller's day: follow-ups due, stalled projects, leads about to return to the pool", response: { 200: projectHomeSchema, ...problemResponses } },
    handler: async (request) => readProjectHome(db, currentUser(request), request.locale, { stall: rule, idle }),
  });

  app.get('/api/projects/:id', {
    config: { permission: 'project.read' },
    schema: { tags, summary: 'One project with its signings, amount history, days in each stage, moves and the actions the caller may take', params: idParams, response: detail },
    handler: async (request) => getProject(db, currentUser(request), request.params.id, request.locale, rule),
  });

  app.patch('/api/projects/:id', {
    config: { permission: 'project.work' },
    schema: { tags, summary: "Change a project's details, manager or next follow-up", params: idParams, body: updateProjectBody, response: detail },
    handler: async (request) => updateProject(db, actor(request), request.params.id, request.body, request.locale, rule),
  });

  app.post('/api/projects/:id/actions/:action', {
    config: { permission: 'project.work' },
    schema: {
      tags,
      summary:
        'Move a project: contact, intent, negotiate { note? }; sign { signedOn, amountWan, capitalOrigin, agreementFileId }; register { creditCode, entityName? }; ' +
        'beginConstruction { startedOn, fileIds }; produce { producingOn }; reachCapacity { annualOutputWan, annualTaxWan?, jobs? }; hold / terminate { reason }; resume-<stage>',
      description: '404 for a project the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed (manager only); 400 naming missing evidence.',
      params: projectActionParams,
      body: actionBody,
      response: detail,
    },
    handler: async (request) => moveProject(db, actor(request), request.params.id, request.params.action, request.body, request.locale, rule),
  });

  app.get('/api/sites/:id/projects', {
    config: { permission: 'project.read' },
    schema: {
      tags,
      summary: 'A page of the projects landed in a site that the caller sees, with their stage and where in the site',
      description: '404 for an unknown site.',
      params: idParams,
      querystring: pageQuery,
      response: { 200: landedProjectPage, ...problemResponses },
    },
    handler: async (request) => listLandedProjects(db, currentUser(request), request.params.id, request.query),
  });

  app.post('/api/projects/:id/signings', {
    config: { permission: 'project.work' },
    schema: {
      tags,
      summary: 'Record a re-signing of a signed project: shown, never counted again; a different amount needs a reason',
      params: idParams,
      body: resignBody,
      response: detail,
    },
    handler: async (request) => recordSigning(db, actor(request), request.params.id, request.body, request.locale, rule),
  });

  app.get('/api/projects/:id/credits', {
    config: { permission: 'project.read' },
    schema: { tags, summary: "Who a project is credited to: the shares set, or the default rule's", params: idParams, response: { 200: projectCreditsSchema, ...problemResponses } },
    handler: async (request) => readProjectCredits(db, currentUser(request), request.params.id),
  });

  app.put('/api/projects/:id/credits', {
    config: { permission: 'project.read' },
    schema: {
      tags,
      summary: "Replace a project's credit: officers' and teams' whole-percent shares summing to 100",
      description: "By the project's manager, its team's lead, or an administrator or leader (403 otherwise); 404 for a project the caller may not see.",
      params: idParams,
      body: setCreditsBody,
      response: { 200: projectCreditsSchema, ...problemResponses },
    },
    handler: async (request) => setProjectCredits(db, actor(request), request.params.id, request.body),
  });

  app.post('/api/projects/:id/amount', {
    config: { permission: 'project.work' },
    schema: { tags, summary: "Change a signed project's agreed amount, with a reason kept in its history", params: idParams, body: changeAmountBody, response: detail },
    handler: async (request) => changeAmount(db, actor(request), request.params.id, request.body, request.locale, rule),
  });
}
