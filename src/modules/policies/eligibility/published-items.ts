import { and, eq, gte, isNull, or, sql, type SQL } from 'drizzle-orm';
import { policies, policyBenefitItems } from '../schema.ts';

/** Policies in force today: published and not expired. */
export const policiesInForce = (today: string): SQL => and(eq(policies.state, 'published'), or(isNull(policies.expiresOn), gte(policies.expiresOn, today)))!;

/**
 * The items offered today: of published policies not expired, with conditions written as a rule. An item without a
 * condition is not checked against anyone: it would fit the whole register, which no policy means (its policy is
 * matched by its text instead).
 */
export const offeredItems = (today: string): SQL =>
  and(policiesInForce(today), sql`jsonb_array_length(${policyBenefitItems.rule} -> 'all') > 0`)!;
