import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { addLink } from './add-link.ts';
import { endLink } from './end-link.ts';
import { listLinkCandidates } from './link-candidates.ts';
import { listEnterpriseLinks } from './list-enterprise-links.ts';
import { listKeyEnterprises } from './list-key-enterprises.ts';
import type { OpenRequestsProvider } from './open-requests.ts';
import { readMyKeyEnterprises } from './read-my-key-enterprises.ts';
import {
  addLinkBody,
  endLinkBody,
  enterpriseLinksSchema,
  keyEnterpriseListQuery,
  keyEnterprisePage,
  linkCandidatesQuery,
  linkCandidatesSchema,
  myKeyEnterprisesSchema,
} from './schemas.ts';
import './messages.ts';

export async function keyEnterpriseRoutes(instance: FastifyInstance, options: { openRequests: readonly OpenRequestsProvider[] }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['key-enterprises'];
  const linksOf = { 200: enterpriseLinksSchema, ...problemResponses };

  app.get('/api/key-enterprises', {
    config: { permission: 'keyEnterprise.read' },
    schema: { tags, summary: 'The key enterprises today (挂点联系), by name, with their linked leader and commissioners', querystring: keyEnterpriseListQuery, response: { 200: keyEnterprisePage, ...problemResponses } },
    handler: async (request) => listKeyEnterprises(db, request.query),
  });

  app.get('/api/key-enterprises/mine', {
    config: { permission: 'keyEnterprise.linked' },
    schema: { tags, summary: "The caller's key enterprises today, with their recent visits and open requests (the home card)", response: { 200: myKeyEnterprisesSchema, ...problemResponses } },
    handler: async (request) => readMyKeyEnterprises(db, currentUser(request), request.locale, options.openRequests),
  });

  // Read by the list's filters too: staff names, which every reader of key enterprises may know.
  app.get('/api/key-enterprises/candidates', {
    config: { permission: 'keyEnterprise.read' },
    schema: { tags, summary: 'Who may be linked in a role: enabled staff, leader accounts for the leader link', querystring: linkCandidatesQuery, response: { 200: linkCandidatesSchema, ...problemResponses } },
    handler: async (request) => listLinkCandidates(db, request.query),
  });

  app.get('/api/enterprises/:id/key-links', {
    config: { permission: 'keyEnterprise.read' },
    schema: { tags, summary: "An enterprise's links, past, current and planned", params: idParams, response: linksOf },
    handler: async (request) => listEnterpriseLinks(db, request.params.id),
  });

  app.post('/api/enterprises/:id/key-links', {
    config: { permission: 'keyEnterprise.manage' },
    schema: {
      tags,
      summary: 'Link a leader or a policy commissioner to an enterprise over a period',
      description: 'One leader at a time (409 keyEnterprise.leaderTaken); a person never twice in one role at once (409 keyEnterprise.duplicateLink).',
      params: idParams,
      body: addLinkBody,
      response: { 201: enterpriseLinksSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      await addLink(db, app.ctx, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await listEnterpriseLinks(db, request.params.id));
    },
  });

  app.post('/api/key-enterprises/links/:id/end', {
    config: { permission: 'keyEnterprise.manage' },
    schema: { tags, summary: "End a link on its last day; it stays in the history. Answers the enterprise's links", params: idParams, body: endLinkBody, response: linksOf },
    handler: async (request) => listEnterpriseLinks(db, await endLink(db, app.ctx, actorOf(request), request.params.id, request.body.endsOn)),
  });
}
