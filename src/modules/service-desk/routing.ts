/** A routing rule as matching reads it: a category, a site or both, and the team it sends requests to. */
export interface RoutingRuleMatch {
  categoryCode: string | null;
  siteId: string | null;
  teamId: string;
}

/**
 * How specific a rule is for a request, or null when it does not apply: a rule naming both the category and the
 * site beats one naming the category alone, which beats one naming the site alone (a park's own property office
 * takes its faults, but a permit is a permit wherever it is asked for).
 */
function specificity(rule: RoutingRuleMatch, request: { categoryCode: string; siteId: string | null }): number | null {
  if (rule.categoryCode !== null && rule.categoryCode !== request.categoryCode) return null;
  if (rule.siteId !== null && rule.siteId !== request.siteId) return null;
  return (rule.categoryCode !== null ? 2 : 0) + (rule.siteId !== null ? 1 : 0);
}

/** The team a new request goes to: the most specific matching rule's, or null when none matches. */
export function routeRequest(rules: readonly RoutingRuleMatch[], request: { categoryCode: string; siteId: string | null }): string | null {
  let best: { rule: RoutingRuleMatch; score: number } | null = null;
  for (const rule of rules) {
    const score = specificity(rule, request);
    if (score !== null && (best === null || score > best.score)) best = { rule, score };
  }
  return best?.rule.teamId ?? null;
}
