import { definePermissions } from '../auth/permissions.ts';
import { staffRoles } from '../auth/roles.ts';

export const teamPermissions = definePermissions({
  /** Every member of staff sees the teams and who is in them: work is handed from team to team. */
  'team.read': [...staffRoles],
  'team.admin': ['admin'],
  /** Yearly targets are the district's to set: its administrators and leaders. */
  'team.setTargets': ['admin', 'leader'],
});
