import { describe, expect, it } from 'vitest';
import { routeRequest, type RoutingRuleMatch } from './routing.ts';

const expo = 'site-expo';
const park = 'site-park';
const rules: RoutingRuleMatch[] = [
  { categoryCode: 'utilities', siteId: null, teamId: 'utilities-team' },
  { categoryCode: 'utilities', siteId: expo, teamId: 'expo-property' },
  { categoryCode: null, siteId: expo, teamId: 'expo-desk' },
  { categoryCode: 'permits', siteId: null, teamId: 'approvals' },
];

describe('routing a new request', () => {
  it.each([
    ['category and site both named beat either alone', 'utilities', expo, 'expo-property'],
    ['the category alone where no rule names the site', 'utilities', park, 'utilities-team'],
    ['the category alone for free-text locations', 'utilities', null, 'utilities-team'],
    ['the category beats the site', 'permits', expo, 'approvals'],
    ['the site when no rule names the category', 'legal', expo, 'expo-desk'],
    ['nobody when nothing matches', 'legal', park, null],
    ['nobody for free text and an unruled category', 'other', null, null],
  ])('%s', (_case, categoryCode, siteId, team) => {
    expect(routeRequest(rules, { categoryCode, siteId })).toBe(team);
  });

  it('does not depend on the order of the rules', () => {
    expect(routeRequest([...rules].reverse(), { categoryCode: 'utilities', siteId: expo })).toBe('expo-property');
  });

  it('routes nowhere without rules', () => {
    expect(routeRequest([], { categoryCode: 'utilities', siteId: expo })).toBeNull();
  });
});
