import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { policies } from '../policies/schema.ts';
import type { EvaluationQuery } from './schemas.ts';

/** Policies that have been offered to enterprises: a draft has nothing to evaluate. */
const evaluatedStates = ['published', 'withdrawn'] as const;

/** The policies the report's filters select, as a condition on `policies`. */
export function evaluatedPolicies(query: EvaluationQuery): SQL {
  return and(
    inArray(policies.state, [...evaluatedStates]),
    query.level ? eq(policies.level, query.level) : undefined,
    query.policyId ? eq(policies.id, query.policyId) : undefined,
  ) ?? sql`true`;
}
