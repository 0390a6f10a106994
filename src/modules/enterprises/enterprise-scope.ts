import { hasAnyRole, staffRoles } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import { notFound } from '../../platform/http/errors.ts';

/** Which enterprises a caller may see: staff see every one, an enterprise user only their own. */
export type EnterpriseScope = { all: true } | { all: false; enterpriseId: string | null };

export function enterpriseScopeOf(user: SessionUser): EnterpriseScope {
  return hasAnyRole(user.roles, staffRoles) ? { all: true } : { all: false, enterpriseId: user.enterpriseId };
}

/**
 * Refuses an enterprise outside the scope exactly as one that does not exist, so that an enterprise user learns
 * nothing about other enterprises' ids.
 */
export function assertVisible(scope: EnterpriseScope, enterpriseId: string): void {
  if (!scope.all && scope.enterpriseId !== enterpriseId) throw notFound();
}
