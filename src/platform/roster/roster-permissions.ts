import { definePermissions } from '../auth/permissions.ts';

export const rosterPermissions = definePermissions({
  /** Plans every team's shifts; a team's lead plans their own team's without it (roster-rules.ts). */
  'roster.plan': ['admin'],
  /** The last step of an escalation, after the team on shift and its lead: the district's leaders. */
  'roster.director': ['leader'],
});
