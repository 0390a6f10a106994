import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chinaToday } from '../calendar/china-day.ts';
import { isoWeekOf } from '../calendar/iso-week.ts';
import { idParams, problemResponses } from '../http/schemas.ts';
import { workflowActorOf } from '../workflow/workflow-actor.ts';
import { answerShiftSwap } from './answer-shift-swap.ts';
import { askShiftSwap } from './ask-shift-swap.ts';
import { cancelShiftSwap } from './cancel-shift-swap.ts';
import { changeShift } from './change-shift.ts';
import { deleteShift } from './delete-shift.ts';
import { planShift } from './plan-shift.ts';
import { readRoster } from './read-roster.ts';
import { askSwapBody, changeShiftBody, rosterQuery, rosterSchema, shiftBody, shiftParams, shiftSchema, swapParams, swapSchema } from './schemas.ts';
import './messages.ts';

/**
 * Teams' on-call rosters: read by every member of staff (`team.read`), planned by a team's lead and administrators
 * (checked by the services: a lead's right is a matter of the day), swaps asked and answered by the members.
 */
export async function rosterRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const { db } = ctx;
  const tags = ['teams'];
  const config = { permission: 'team.read' } as const;

  app.get('/api/teams/:id/roster', {
    config,
    schema: { tags, summary: "A team's shifts in a week, its members and whether the reader plans them", params: idParams, querystring: rosterQuery, response: { 200: rosterSchema, ...problemResponses } },
    handler: async (request) => readRoster(db, workflowActorOf(request), request.params.id, request.query.week ?? isoWeekOf(chinaToday())),
  });
  app.post('/api/teams/:id/shifts', {
    config,
    schema: { tags, summary: 'Put a member of the team on call for a time (lead, administrators)', params: idParams, body: shiftBody, response: { 201: shiftSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await planShift(db, workflowActorOf(request), request.params.id, request.body)),
  });
  app.patch('/api/teams/:id/shifts/:shiftId', {
    config,
    schema: { tags, summary: 'Move a shift, give it to someone else or change its note (lead, administrators)', params: shiftParams, body: changeShiftBody, response: { 200: shiftSchema, ...problemResponses } },
    handler: async (request) => changeShift(db, workflowActorOf(request), request.params.id, request.params.shiftId, request.body),
  });
  app.delete('/api/teams/:id/shifts/:shiftId', {
    config,
    schema: { tags, summary: 'Take a shift off the roster (lead, administrators)', params: shiftParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteShift(db, workflowActorOf(request), request.params.id, request.params.shiftId);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/teams/:id/shifts/:shiftId/swaps', {
    config,
    schema: { tags, summary: "Ask another member of the team to take one's shift", params: shiftParams, body: askSwapBody, response: { 201: swapSchema, ...problemResponses } },
    handler: async (request, reply) => reply.status(201).send(await askShiftSwap(ctx, workflowActorOf(request), request.params.id, request.params.shiftId, request.body)),
  });
  for (const answer of ['accept', 'decline'] as const) {
    app.post(`/api/teams/:id/swaps/:swapId/${answer}`, {
      config,
      schema: { tags, summary: answer === 'accept' ? 'Take the shift one was asked to take' : 'Decline to take the shift', params: swapParams, response: { 200: swapSchema, ...problemResponses } },
      handler: async (request) => answerShiftSwap(ctx, workflowActorOf(request), request.params.id, request.params.swapId, answer),
    });
  }
  app.post('/api/teams/:id/swaps/:swapId/cancel', {
    config,
    schema: { tags, summary: 'Withdraw a swap not yet answered (the one who asked, the lead, administrators)', params: swapParams, response: { 200: swapSchema, ...problemResponses } },
    handler: async (request) => cancelShiftSwap(ctx, workflowActorOf(request), request.params.id, request.params.swapId),
  });
}
