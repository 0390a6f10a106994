import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../src/platform/auth/permissions.ts';
import type { Role } from '../../../src/platform/auth/roles.ts';
import { permissionTableOf } from '../../../src/server/compose.ts';
import { modules } from '../../../src/server/modules.ts';
import { webModules } from './modules.ts';
import { enterpriseCardsFor, homeCardsFor, navigationFor, navKeyOf, startPathFor } from './navigation.ts';

// What each role holds, from the server's own table.
const table = permissionTableOf(modules);
const viewer = (role: Role) => ({ permissions: permissionsOf(table, [role]) });
const keys = (role: Role) =>
  navigationFor(viewer(role), webModules).flatMap((item) => [item.key, ...(item.children ?? []).map((child) => child.key)]);

describe('navigation by permission', () => {
  it('gives enterprise users their own enterprise, their event invitations, their leases, the market with their own records and deals, their requests, the policies for them, the published policies and their applications, and profile, starting on home', () => {
    expect(keys('enterprise')).toEqual(['home', 'myEnterprise', 'myEvents', 'tenancies', 'marketListings', 'marketDemands', 'marketMine', 'marketDeals', 'serviceDesk', 'policiesForMe', 'policies', 'policyApplications', 'profile']);
    expect(startPathFor(viewer('enterprise'), webModules)).toBe('/');
  });

  it('gives investors the market with their own records and deals, their requests at the market\'s windows, the published policies and profile', () => {
    expect(keys('investor')).toEqual(['home', 'marketListings', 'marketDemands', 'marketMine', 'marketDeals', 'serviceDesk', 'policiesForMe', 'policies', 'profile']);
    expect(startPathFor(viewer('investor'), webModules)).toBe('/');
  });

  it('gives staff the enterprises, leaders the audit log, administrators the whole administration, last', () => {
    expect(keys('officer')).toEqual(['home', 'enterprises', 'keyEnterprises', 'leads', 'visits', 'visitTrips', 'visitActivity', 'projects', 'rankings', 'events', 'talent', 'enterpriseEvents', 'sites', 'investmentReports', 'marketListings', 'marketDemands', 'policies', 'policyApplicationQueue', 'policyEvaluation', 'competition', 'profile']);
    expect(keys('leader')).toEqual(['home', 'enterprises', 'keyEnterprises', 'leads', 'visits', 'visitTrips', 'visitActivity', 'projects', 'rankings', 'events', 'talent', 'enterpriseEvents', 'sites', 'investmentReports', 'marketListings', 'marketDemands', 'marketStatistics', 'serviceDeskQueue', 'serviceDeskRoster', 'serviceDeskSummaries', 'serviceDeskReports', 'policies', 'policyApplicationQueue', 'policyEvaluation', 'competition', 'profile', 'administration', 'auditLog']);
    expect(keys('admin')).toEqual(['home', 'enterprises', 'keyEnterprises', 'leads', 'visits', 'visitTrips', 'visitActivity', 'projects', 'rankings', 'events', 'talent', 'enterpriseEvents', 'sites', 'investmentReports', 'marketListings', 'marketDemands', 'marketMine', 'marketReview', 'marketDeals', 'marketStatistics', 'serviceDeskQueue', 'serviceDeskRoster', 'serviceDeskSummaries', 'serviceDeskReports', 'policies', 'policyApplicationQueue', 'policyEvaluation', 'competition', 'profile', 'administration', 'marketFields', 'serviceDeskSettings', 'serviceCategories', 'users', 'tags', 'teams', 'workingCalendar', 'auditLog']);
    expect(keys('operator')).toEqual(['home', 'enterprises', 'keyEnterprises', 'enterpriseEvents', 'marketListings', 'marketDemands', 'marketMine', 'marketReview', 'marketDeals', 'marketStatistics', 'serviceDeskQueue', 'serviceDeskRoster', 'policies', 'competition', 'profile', 'administration', 'serviceCategories']);
  });

  it('gives service agents the enterprises and their key ones, the events for enterprises, the sites and the service desk with their roster', () => {
    expect(keys('agent')).toEqual(['home', 'enterprises', 'keyEnterprises', 'enterpriseEvents', 'sites', 'marketListings', 'marketDemands', 'serviceDeskQueue', 'serviceDeskRoster', 'serviceDeskSummaries', 'policies', 'competition', 'profile']);
  });

  it("gives the competition's organisers the market's public records and the competition, and judges their queue of entries to score", () => {
    expect(keys('organiser')).toEqual(['home', 'marketListings', 'marketDemands', 'competition', 'profile']);
    expect(keys('judge')).toEqual(['home', 'marketListings', 'marketDemands', 'competitionJudging', 'profile']);
  });

  it("gives the competition's entrants their own entries and nothing of the organisers' or anyone else's", () => {
    expect(keys('entrant')).toEqual(['home', 'marketListings', 'marketDemands', 'myEntries', 'profile']);
  });

  it('gives organisations their own records, funnels, matches and the market\'s windows on the home page, and staff their queues and follow-ups instead', () => {
    const cards = (role: Role) => homeCardsFor(viewer(role), webModules).map((card) => card.key);
    expect(cards('enterprise')).toEqual(['market-mine', 'my-demand-matches', 'my-listing-funnels', 'market-windows']);
    expect(cards('investor')).toEqual(['market-mine', 'my-demand-matches', 'my-listing-funnels', 'market-windows']);
    // Any member of staff may be given an event's follow-up, so every one who reads the events has the card.
    expect(cards('operator')).toEqual(['enterprise-overview', 'enterprise-event-follow-ups', 'market-review-queue', 'market-broker-queue']);
    expect(cards('admin')).toEqual(['enterprise-overview', 'enterprise-event-follow-ups', 'market-review-queue', 'market-broker-queue']);
    // Officers get their key enterprises (empty until they are linked to one), their leads' follow-ups, their visits'
    // next steps, their day's projects, their events' follow-ups and their enterprises newly eligible for a policy;
    // leaders, who read every team's leads, visits and projects, not those three.
    expect(cards('officer')).toEqual(['enterprise-overview', 'my-key-enterprises', 'lead-follow-ups', 'visit-next-steps', 'project-my-day', 'enterprise-event-follow-ups', 'policy-newly-eligible']);
    expect(cards('leader')).toContain('policy-newly-eligible');
    expect(cards('leader')).toContain('my-key-enterprises');
    expect(cards('leader')).not.toContain('lead-follow-ups');
    expect(cards('leader')).not.toContain('visit-next-steps');
    expect(cards('leader')).not.toContain('project-my-day');
  });

  it("adds the yearly figures and the policy benefits to the enterprise page for staff and its own users, the key enterprise's links and policy fit for staff only", () => {
    const cards = (role: Role) => enterpriseCardsFor(viewer(role), webModules).map((card) => card.key);
    expect(cards('agent')).toEqual(['enterprise-figures', 'key-enterprise-links', 'policy-fit', 'policy-benefits']);
    expect(cards('enterprise')).toEqual(['enterprise-figures', 'policy-benefits']);
  });

  it('finds the menu item of nested pages', () => {
    const items = navigationFor(viewer('admin'), webModules);
    expect(navKeyOf(items, '/enterprises/42/edit')).toBe('enterprises');
    expect(navKeyOf(items, '/admin/tags')).toBe('tags');
    expect(navKeyOf(items, '/')).toBe('home');
    expect(navKeyOf(items, '/enterprisesX')).toBeUndefined();
    expect(navKeyOf(items, '/visits/trips/42')).toBe('visitTrips');
    expect(navKeyOf(items, '/visits/42')).toBe('visits');
    expect(navKeyOf(items, '/market/listings/42/edit')).toBe('marketListings');
    expect(navKeyOf(items, '/admin/market-fields')).toBe('marketFields');
  });
});
