import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { policyApplications, type PolicyApplication } from './schema.ts';

/** Which applications a user reaches: the policy office (readers of policies) every one; an enterprise user its own. */
export type ApplicationScope = { kind: 'all' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'none' };

export interface ApplicationReader {
  permissions: readonly Permission[];
  enterpriseId: string | null;
}

export function applicationScopeOf(user: ApplicationReader): ApplicationScope {
  if (user.permissions.includes('policy.read')) return { kind: 'all' };
  if (user.enterpriseId && user.permissions.includes('policyApplication.apply')) return { kind: 'enterprise', enterpriseId: user.enterpriseId };
  return { kind: 'none' };
}

/** The condition on policy_applications that keeps the rows in the scope; undefined when all are. */
export function visibleApplications(scope: ApplicationScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'enterprise':
      return eq(policyApplications.enterpriseId, scope.enterpriseId);
    case 'none':
      return sql`false`;
  }
}

/** The application if the scope reaches it; another enterprise's answers 404 exactly like a missing one. */
export async function findVisibleApplication(db: DbOrTx, scope: ApplicationScope, id: string): Promise<PolicyApplication> {
  const [found] = await db
    .select()
    .from(policyApplications)
    .where(and(eq(policyApplications.id, id), visibleApplications(scope)));
  if (!found) throw notFound();
  return found;
}

/** Of the ids, those of the applications the scope reaches: one query for many (attachments). */
export async function visibleApplicationIds(db: DbOrTx, scope: ApplicationScope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: policyApplications.id })
    .from(policyApplications)
    .where(and(inArray(policyApplications.id, [...ids]), visibleApplications(scope)));
  return new Set(rows.map((row) => row.id));
}
