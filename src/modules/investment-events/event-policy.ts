import type { Permission } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';

/** A member of staff as the event policy sees them. */
export interface EventUser {
  id: string;
  permissions: readonly Permission[];
}

/**
 * Whether the user keeps events of a team (creates them, changes them): administrators and leaders (event.manage)
 * any, of any team or none; an officer (event.edit) only as the lead, that day, of the organising team.
 */
export async function mayKeepEventOf(db: DbOrTx, user: EventUser, organiserTeamId: string | null, day: string = chinaToday()): Promise<boolean> {
  if (user.permissions.includes('event.manage')) return true;
  if (!user.permissions.includes('event.edit') || !organiserTeamId) return false;
  return (await membershipsOn(db, day, { teamIds: [organiserTeamId], userIds: [user.id], role: 'lead' })).length > 0;
}
