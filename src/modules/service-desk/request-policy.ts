import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { teamScopeConditionOnDay, teamScopeOf, type TeamScope } from '../../platform/teams/team-scope.ts';
import { serviceRequests, type ServiceRequest } from './schema.ts';

/**
 * Which service requests a user reaches: a reader of all every one; an agent those of the teams they belong to
 * today, those they own or logged (a call) and the unassigned ones (no team); an enterprise user their
 * enterprise's; an investor without an enterprise the requests they opened for themselves at the market's windows;
 * anyone else none.
 */
export type RequestScope =
  | { kind: 'all' }
  | { kind: 'agent'; teams: TeamScope & { all: false } }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'own'; userId: string }
  | { kind: 'none' };

export interface RequestReader {
  id: string;
  permissions: readonly Permission[];
  enterpriseId: string | null;
}

/** The service request's policy: the one place that turns a user into the requests they see. */
export async function requestScopeOf(db: DbOrTx, user: RequestReader): Promise<RequestScope> {
  if (user.permissions.includes('serviceRequest.readAll')) return { kind: 'all' };
  if (user.permissions.includes('serviceRequest.handle')) {
    const teams = await teamScopeOf(db, user, false);
    if (!teams.all) return { kind: 'agent', teams };
  }
  if (user.enterpriseId && user.permissions.includes('serviceRequest.read')) return { kind: 'enterprise', enterpriseId: user.enterpriseId };
  if (user.permissions.includes('serviceRequest.submit')) return { kind: 'own', userId: user.id };
  return { kind: 'none' };
}

/** The condition on service_requests that keeps the rows in the scope; undefined when all are. */
export function visibleRequests(scope: RequestScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'agent':
      return or(
        eq(serviceRequests.ownerId, scope.teams.userId),
        eq(serviceRequests.openedById, scope.teams.userId),
        isNull(serviceRequests.teamId),
        scope.teams.teamIds.length > 0 ? inArray(serviceRequests.teamId, [...scope.teams.teamIds]) : undefined,
      );
    case 'enterprise':
      return eq(serviceRequests.enterpriseId, scope.enterpriseId);
    case 'own':
      return and(isNull(serviceRequests.enterpriseId), eq(serviceRequests.openedById, scope.userId));
    case 'none':
      return sql`false`;
  }
}

/**
 * The same rule as one condition that reads the reader's teams itself, for a query built where the scope cannot be
 * awaited first (the enterprise timeline).
 */
export function visibleRequestsFor(reader: { id: string; permissions: readonly Permission[] }): SQL | undefined {
  if (reader.permissions.includes('serviceRequest.readAll')) return undefined;
  if (reader.permissions.includes('serviceRequest.handle')) {
    return or(
      isNull(serviceRequests.teamId),
      eq(serviceRequests.openedById, reader.id),
      teamScopeConditionOnDay(reader, false, chinaToday(), { teamId: serviceRequests.teamId, ownerId: serviceRequests.ownerId }),
    );
  }
  // An enterprise's own users read only its timeline, so its requests are all theirs.
  if (reader.permissions.includes('serviceRequest.read')) return undefined;
  return sql`false`;
}

/** Of the ids, those of the requests the scope reaches: one query for many (attachments, merges). */
export async function visibleRequestIds(db: DbOrTx, scope: RequestScope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.id, [...ids]), visibleRequests(scope)));
  return new Set(rows.map((row) => row.id));
}

/** Whether the actor speaks for the request's side: its enterprise's user, or the investor who opened it for themselves. */
export function isRequester(actor: { id: string | null; enterpriseId: string | null }, request: Pick<ServiceRequest, 'enterpriseId' | 'openedById'>): boolean {
  if (request.enterpriseId === null) return actor.id !== null && actor.id === request.openedById;
  return actor.enterpriseId === request.enterpriseId;
}
