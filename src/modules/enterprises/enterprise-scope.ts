import type { Permission } from '../../platform/auth/permissions.ts';
import { notFound } from '../../platform/http/errors.ts';

/** Which enterprises a caller may see: the register's browsers see every one, an enterprise user only their own. */
export type EnterpriseScope = { all: true } | { all: false; enterpriseId: string | null };

/** The enterprise record's policy: the one place that turns a user's permissions into the rows they see. */
export function enterpriseScopeOf(user: { permissions: readonly Permission[]; enterpriseId: string | null }): EnterpriseScope {
  return user.permissions.includes('enterprise.browse') ? { all: true } : { all: false, enterpriseId: user.enterpriseId };
}

/**
 * Refuses an enterprise outside the scope exactly as one that does not exist, so that an enterprise user learns
 * nothing about other enterprises' ids.
 */
export function assertVisible(scope: EnterpriseScope, enterpriseId: string): void {
  if (!scope.all && scope.enterpriseId !== enterpriseId) throw notFound();
}
