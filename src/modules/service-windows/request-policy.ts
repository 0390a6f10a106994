import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { windowRequests } from './schema.ts';

/**
 * Which window requests a caller reaches: staff who answer see every one; an enterprise user those of their
 * enterprise; anyone else (an investor) only the requests they opened for themselves.
 */
export type RequestScope = { all: true } | { all: false; enterpriseId: string | null; userId: string };

/** The window request's policy: the one place that turns a user into the requests they see. */
export function requestScopeOf(user: { id: string | null; permissions: readonly Permission[]; enterpriseId: string | null }): RequestScope {
  if (user.permissions.includes('window-request.answer')) return { all: true };
  return { all: false, enterpriseId: user.enterpriseId, userId: user.id ?? '' };
}

/** The condition on window_requests that keeps the rows in the scope; undefined when all are. */
export function visibleRequests(scope: RequestScope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.enterpriseId) return eq(windowRequests.enterpriseId, scope.enterpriseId);
  return and(isNull(windowRequests.enterpriseId), eq(windowRequests.openedById, scope.userId));
}

/** Whether the actor speaks for the request's side: its enterprise's user, or the investor who opened it. */
export function isRequester(actor: { id: string | null; enterpriseId: string | null }, request: Pick<WindowRequestOwner, 'enterpriseId' | 'openedById'>): boolean {
  if (request.enterpriseId) return actor.enterpriseId === request.enterpriseId;
  return actor.id !== null && actor.id === request.openedById;
}

type WindowRequestOwner = { enterpriseId: string | null; openedById: string | null };
