import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { teamScopeOf, type TeamScope } from '../../platform/teams/team-scope.ts';

/**
 * Whose daily summaries a reader sees: every team's for a reader of all requests (leaders, supervisors), else the
 * teams they belong to today. Another team's summary answers exactly as a missing one.
 */
export async function summaryScopeOf(db: DbOrTx, reader: { id: string; permissions: readonly Permission[] }): Promise<TeamScope> {
  return teamScopeOf(db, reader, reader.permissions.includes('serviceRequest.readAll'));
}

export const summaryScopeAllows = (scope: TeamScope, teamId: string): boolean => scope.all || scope.teamIds.includes(teamId);
