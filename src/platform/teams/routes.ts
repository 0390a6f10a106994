import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../auth/plugin.ts';
import { chinaToday } from '../calendar/china-day.ts';
import { idParams, problemResponses } from '../http/schemas.ts';
import { addTeamMember } from './add-team-member.ts';
import { changeTeamMembership } from './change-team-membership.ts';
import { getTeam } from './get-team.ts';
import { listTeams } from './list-teams.ts';
import { membershipsOn } from './memberships-on.ts';
import { removeTeamMembership } from './remove-team-membership.ts';
import { readTeamTargets } from './read-team-targets.ts';
import { saveTeam } from './save-team.ts';
import { setTeamTargets } from './set-team-targets.ts';
import type { TeamMeasure } from './team-measures.ts';
import {
  addTeamMemberBody,
  changeTeamMembershipBody,
  createTeamBody,
  membershipParams,
  myTeamSchema,
  setTeamTargetsBody,
  teamDayQuery,
  teamListQuery,
  teamSchema,
  teamSummarySchema,
  teamTargetsQuery,
  teamTargetsSchema,
  teamYearParams,
  updateTeamBody,
} from './schemas.ts';
import './messages.ts';

/**
 * Teams and who belongs to them when: read by every member of staff, kept by administrators; yearly targets on the
 * measures the modules declare, set by administrators and leaders.
 */
export async function teamRoutes(instance: FastifyInstance, { measures }: { measures: ReadonlyMap<string, TeamMeasure> }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['teams'];
  const admin = { permission: 'team.admin' } as const;

  app.get('/api/teams', {
    config: { permission: 'team.read' },
    schema: { tags, summary: 'Every team with its lead and size on a day', querystring: teamListQuery, response: { 200: teamSummarySchema.array(), ...problemResponses } },
    handler: async (request) => listTeams(db, { day: request.query.day ?? chinaToday(), includeArchived: request.query.includeArchived }),
  });
  app.get('/api/teams/mine', {
    config: { permission: 'team.read' },
    schema: { tags, summary: "The caller's teams today", response: { 200: myTeamSchema.array(), ...problemResponses } },
    handler: async (request) =>
      (await membershipsOn(db, chinaToday(), { userIds: [currentUser(request).id] })).map((m) => ({ id: m.teamId, name: m.teamName, role: m.role })),
  });
  app.get('/api/teams/:id', {
    config: { permission: 'team.read' },
    schema: { tags, summary: 'A team and everyone who has belonged to it', params: idParams, querystring: teamDayQuery, response: { 200: teamSchema, ...problemResponses } },
    handler: async (request) => getTeam(db, request.params.id, request.query.day ?? chinaToday()),
  });
  app.get('/api/teams/:id/targets', {
    config: { permission: 'team.read' },
    schema: { tags, summary: "A team's targets in a year and its progress on each measure", params: idParams, querystring: teamTargetsQuery, response: { 200: teamTargetsSchema, ...problemResponses } },
    handler: async (request) => {
      const year = request.query.year ?? Number(chinaToday().slice(0, 4));
      return { year, targets: await readTeamTargets(db, measures, request.params.id, year, request.locale) };
    },
  });
  app.put('/api/teams/:id/targets/:year', {
    config: { permission: 'team.setTargets' },
    schema: { tags, summary: "Set a team's targets for a year", params: teamYearParams, body: setTeamTargetsBody, response: { 200: teamTargetsSchema, ...problemResponses } },
    handler: async (request) => {
      const { id, year } = request.params;
      await setTeamTargets(db, actorOf(request), measures, { teamId: id, year, targets: request.body.targets });
      return { year, targets: await readTeamTargets(db, measures, id, year, request.locale) };
    },
  });
  app.post('/api/teams', {
    config: admin,
    schema: { tags, summary: 'Add a team', body: createTeamBody, response: { 201: teamSchema, ...problemResponses } },
    handler: async (request, reply) => {
      const team = await saveTeam(db, actorOf(request), null, request.body);
      return reply.status(201).send(await getTeam(db, team.id, chinaToday()));
    },
  });
  app.patch('/api/teams/:id', {
    config: admin,
    schema: { tags, summary: 'Rename, describe, archive or bring back a team', params: idParams, body: updateTeamBody, response: { 200: teamSchema, ...problemResponses } },
    handler: async (request) => {
      await saveTeam(db, actorOf(request), request.params.id, request.body);
      return getTeam(db, request.params.id, chinaToday());
    },
  });
  app.post('/api/teams/:id/memberships', {
    config: admin,
    schema: { tags, summary: 'Put a member of staff in the team for a period', params: idParams, body: addTeamMemberBody, response: { 201: teamSchema, ...problemResponses } },
    handler: async (request, reply) => {
      await addTeamMember(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await getTeam(db, request.params.id, chinaToday()));
    },
  });
  app.patch('/api/teams/:id/memberships/:membershipId', {
    config: admin,
    schema: { tags, summary: "Change a membership's role or period (end it by giving its last day)", params: membershipParams, body: changeTeamMembershipBody, response: { 200: teamSchema, ...problemResponses } },
    handler: async (request) => {
      await changeTeamMembership(db, actorOf(request), request.params.id, request.params.membershipId, request.body);
      return getTeam(db, request.params.id, chinaToday());
    },
  });
  app.delete('/api/teams/:id/memberships/:membershipId', {
    config: admin,
    schema: { tags, summary: 'Delete a membership entered by mistake', params: membershipParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await removeTeamMembership(db, actorOf(request), request.params.id, request.params.membershipId);
      return reply.status(204).send(null);
    },
  });
}
