import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { createVisit } from './create-visit.ts';
import { deleteVisit } from './delete-visit.ts';
import { exportMonthlyActivity } from './export-monthly-activity.ts';
import { getVisit } from './get-visit.ts';
import { listStaff } from './list-staff.ts';
import { listVisits } from './list-visits.ts';
import { monthlyActivity } from './monthly-activity.ts';
import { addNextStep, deleteNextStep, tickNextStep } from './next-steps.ts';
import {
  activityQuery,
  createVisitBody,
  monthlyActivitySchema,
  nextStepBody,
  staffSchema,
  stepParams,
  tickStepBody,
  tripBody,
  tripListQuery,
  tripPage,
  tripReportSchema,
  tripSchema,
  updateVisitBody,
  visitDetailSchema,
  visitHomeSchema,
  visitListQuery,
  visitPage,
} from './schemas.ts';
import { tripReport } from './trip-report.ts';
import { createTrip, listTrips, updateTrip } from './trips.ts';
import { updateVisit } from './update-visit.ts';
import { visitHome } from './visit-home.ts';
import './messages.ts';

export async function visitRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['visits'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const detail = { 200: visitDetailSchema, ...problemResponses };

  app.get('/api/visits', {
    config: { permission: 'visit.read' },
    schema: { tags, summary: 'A page of the visits the caller sees, the latest first, filtered', querystring: visitListQuery, response: { 200: visitPage, ...problemResponses } },
    handler: async (request) => listVisits(db, currentUser(request), request.query),
  });

  app.post('/api/visits', {
    config: { permission: 'visit.record' },
    schema: {
      tags,
      summary: 'Log a visit, for an existing enterprise or a new one',
      description:
        "201 with the new visit; 200 with the earlier one when the caller already sent this idempotencyKey. A new enterprise goes through the register's own checks: 409 enterprise.possibleDuplicate unless confirmDuplicate.",
      body: createVisitBody,
      response: { 200: visitDetailSchema, 201: visitDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const result = await createVisit(db, app.permissionTable, actor(request), request.body);
      return reply.status(result.created ? 201 : 200).send(result.visit);
    },
  });

  app.get('/api/visits/home', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: "The caller's open next steps, the most overdue first", response: { 200: visitHomeSchema, ...problemResponses } },
    handler: async (request) => visitHome(db, currentUser(request)),
  });

  app.get('/api/visits/staff', {
    config: { permission: 'visit.read' },
    schema: { tags, summary: 'The staff who may take part in visits and own next steps', response: { 200: z.array(staffSchema), ...problemResponses } },
    handler: async () => listStaff(db, app.permissionTable),
  });

  app.get('/api/visits/activity', {
    config: { permission: 'visit.read' },
    schema: {
      tags,
      summary: "A China month's visits per officer and per team with the concerns raised, among the visits the caller sees",
      querystring: activityQuery,
      response: { 200: monthlyActivitySchema, ...problemResponses },
    },
    handler: async (request) => {
      const { list: _list, ...activity } = await monthlyActivity(db, currentUser(request), request.query);
      return activity;
    },
  });

  app.get('/api/visits/activity/export', {
    config: { permission: 'visit.export' },
    schema: { tags, summary: "The same month as an .xlsx workbook in the request's language; audited", querystring: activityQuery, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const user = currentUser(request);
      const { workbook, month } = await exportMonthlyActivity(db, { ...actor(request), permissions: user.permissions }, request.query, request.locale);
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'visit.export.fileName', { month }), ascii: `visits-${month}.xlsx` });
    },
  });

  app.get('/api/visits/trips', {
    config: { permission: 'visit.read' },
    schema: { tags, summary: 'A page of the field trips the caller sees, the latest first', querystring: tripListQuery, response: { 200: tripPage, ...problemResponses } },
    handler: async (request) => listTrips(db, currentUser(request), request.query),
  });

  app.post('/api/visits/trips', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Plan a field trip', body: tripBody, response: { 201: tripSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await createTrip(db, actor(request), request.body)),
  });

  app.put('/api/visits/trips/:id', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Change a field trip (its creator)', params: idParams, body: tripBody, response: { 200: tripSchema, ...problemResponses } },
    handler: async (request) => updateTrip(db, actor(request), request.params.id, request.body),
  });

  app.get('/api/visits/trips/:id/report', {
    config: { permission: 'visit.read' },
    schema: {
      tags,
      summary: "A field trip's report: its visits, the concerns tallied by tag with their notes, the open next steps",
      params: idParams,
      response: { 200: tripReportSchema, ...problemResponses },
    },
    handler: async (request) => tripReport(db, currentUser(request), request.params.id),
  });

  app.get('/api/visits/:id', {
    config: { permission: 'visit.read' },
    schema: { tags, summary: 'One visit with both sides, its next steps and the actions the caller may take', params: idParams, response: detail },
    handler: async (request) => getVisit(db, currentUser(request), request.params.id),
  });

  app.patch('/api/visits/:id', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Change a visit (its recorder, its team’s lead on its day, or an administrator)', params: idParams, body: updateVisitBody, response: detail },
    handler: async (request) => updateVisit(db, app.permissionTable, actor(request), request.params.id, request.body),
  });

  app.delete('/api/visits/:id', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Delete a visit (its recorder)', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteVisit(db, actor(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/visits/:id/next-steps', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Add a next step to a visit', params: idParams, body: nextStepBody, response: detail },
    handler: async (request) => addNextStep(db, app.permissionTable, actor(request), request.params.id, request.body),
  });

  app.post('/api/visits/:id/next-steps/:stepId', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Tick a next step done, or not done again', params: stepParams, body: tickStepBody, response: detail },
    handler: async (request) => tickNextStep(db, actor(request), request.params.id, request.params.stepId, request.body.done),
  });

  app.delete('/api/visits/:id/next-steps/:stepId', {
    config: { permission: 'visit.record' },
    schema: { tags, summary: 'Remove a next step entered by mistake', params: stepParams, response: detail },
    handler: async (request) => deleteNextStep(db, actor(request), request.params.id, request.params.stepId),
  });
}
