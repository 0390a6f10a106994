import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentUser } from '../../../platform/auth/plugin.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { idParams, pageQuery, problemResponses } from '../../../platform/http/schemas.ts';
import { assertVisible, enterpriseScopeOf } from '../../enterprises/enterprise-scope.ts';
import { newlyEligibleForCommissioner } from './commissioner-news.ts';
import { eligibleEnterprises } from './eligible-enterprises.ts';
import { readRuleNames } from '../rule-names.ts';
import { fitOfEnterprise, type ItemFit } from './fit-of-enterprise.ts';
import { commissionerNewsSchema, eligibleEnterprisesSchema, eligibleQuery, enterpriseFitSchema, itemParams, mayConcernSchema, textMatchesSchema } from './schemas.ts';
import { policiesMayConcern, policyTextMatches } from './text-match/match-policy-text.ts';
import { findVisiblePolicy } from '../policy-access.ts';

/** Which items fit an enterprise, explained, and which enterprises fit an item. */
export async function eligibilityRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['policies'];
  // The names of the tags, lists, industries and regions the conditions name, so that the reader sees them in words.
  const presentFit = async (items: ItemFit[], locale: Locale) => ({
    items,
    names: await readRuleNames(db, items.map((item) => ({ all: item.conditions.map((fit) => fit.condition) })), locale),
  });

  app.get('/api/enterprises/:id/policy-fit', {
    config: { permission: ['policy.read', 'policy.browse'] },
    schema: {
      tags,
      summary: "Every item offered today against an enterprise, each condition met, unmet or unknown, with the estimated sum",
      description: 'Staff read any enterprise; an enterprise user only its own (404 for any other).',
      params: idParams,
      response: { 200: enterpriseFitSchema, ...problemResponses },
    },
    handler: async (request) => {
      const user = currentUser(request);
      // Staff who read policies see every enterprise's fit; anyone else only their own organisation's.
      if (!user.permissions.includes('policy.read')) assertVisible(enterpriseScopeOf(user), request.params.id);
      const items = await fitOfEnterprise(db, request.params.id);
      if (!items) throw notFound();
      return presentFit(items, request.locale);
    },
  });

  app.get('/api/policies/for-me', {
    config: { permission: 'policy.browse' },
    schema: { tags, summary: "Policies for me: the caller's organisation's fit, explained", response: { 200: enterpriseFitSchema, ...problemResponses } },
    handler: async (request) => {
      const { enterpriseId } = currentUser(request);
      return presentFit(enterpriseId ? ((await fitOfEnterprise(db, enterpriseId)) ?? []) : [], request.locale);
    },
  });

  app.get('/api/policies/for-me/may-concern', {
    config: { permission: 'policy.browse' },
    schema: {
      tags,
      summary: "Policies with no rule-based item whose text matches the caller's organisation's, with the shared words",
      response: { 200: mayConcernSchema, ...problemResponses },
    },
    handler: async (request) => {
      const { enterpriseId } = currentUser(request);
      return { items: enterpriseId ? await policiesMayConcern(db, enterpriseId) : [] };
    },
  });

  app.get('/api/policies/:id/text-matches', {
    config: { permission: 'policy.read' },
    schema: {
      tags,
      summary: "The enterprises whose text best matches a policy with no rule-based item, a page with the shared words",
      params: idParams,
      querystring: pageQuery,
      response: { 200: textMatchesSchema, ...problemResponses },
    },
    handler: async (request) => {
      await findVisiblePolicy(db, currentUser(request), request.params.id);
      return policyTextMatches(db, request.params.id, request.query);
    },
  });

  app.get('/api/policies/items/:itemId/eligible', {
    config: { permission: 'policy.read' },
    schema: {
      tags,
      summary: "An item's eligible or possibly eligible enterprises over the whole register, a page by name, with both counts",
      params: itemParams,
      querystring: eligibleQuery,
      response: { 200: eligibleEnterprisesSchema, ...problemResponses },
    },
    handler: async (request) => eligibleEnterprises(db, request.params.itemId, request.query),
  });

  app.get('/api/policies/newly-eligible/mine', {
    config: { permission: 'keyEnterprise.linked' },
    schema: {
      tags,
      summary: "For a policy commissioner: the items the enterprises they are commissioner of became eligible for in the last 30 days",
      response: { 200: commissionerNewsSchema, ...problemResponses },
    },
    handler: async (request) => newlyEligibleForCommissioner(db, currentUser(request).id),
  });
}
