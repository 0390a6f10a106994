import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { onShiftAt } from '../../platform/roster/on-shift-at.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { routeRequest } from './routing.ts';
import { serviceDeskSettings, serviceRoutingRules } from './schema.ts';

export interface Routing {
  teamId: string | null;
  /** The fallback owner for a request no rule routes; null while none is set. */
  ownerId: string | null;
  /** Who hears of the new request: those on shift in the team, the fallback owner, or every agent. */
  notifyUserIds: string[];
}

/**
 * Where a new request goes: the team of the most specific matching rule, whose people on shift now are told of it
 * (its lead when no one is; its members that day when it has neither, so that the news reaches someone);
 * with no rule, the fallback owner's queue. Before an administrator names a fallback owner, an unrouted request
 * waits unassigned, where every agent sees it, and every agent is told.
 */
export async function routeNewRequest(
  db: DbOrTx,
  permissionTable: PermissionGrants,
  request: { categoryCode: string; siteId: string | null },
): Promise<Routing> {
  const rules = await db
    .select({ categoryCode: serviceRoutingRules.categoryCode, siteId: serviceRoutingRules.siteId, teamId: serviceRoutingRules.teamId })
    .from(serviceRoutingRules);
  const teamId = routeRequest(rules, request);
  if (teamId) {
    const onShift = await onShiftAt(db, teamId, new Date());
    if (onShift.length > 0) return { teamId, ownerId: null, notifyUserIds: onShift };
    const members = await membershipsOn(db, chinaToday(), { teamIds: [teamId] });
    return { teamId, ownerId: null, notifyUserIds: [...new Set(members.map((member) => member.userId))] };
  }
  const [settings] = await db.select({ fallbackOwnerId: serviceDeskSettings.fallbackOwnerId }).from(serviceDeskSettings);
  const ownerId = settings?.fallbackOwnerId ?? null;
  return { teamId: null, ownerId, notifyUserIds: ownerId ? [ownerId] : await usersHoldingPermission(db, permissionTable, 'serviceRequest.handle') };
}
