import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with promotion events; which signed projects a reader may open is the projects' policy. */
export const eventPermissions = definePermissions({
  /** Events, their signings, totals and landing tracker: the staff who read projects. */
  'event.read': ['admin', 'leader', 'officer'],
  /** Create events and change them; an officer only as the lead (that day) of the organising team. */
  'event.edit': ['admin', 'leader', 'officer'],
  /** Create and change any event, of any team or none. */
  'event.manage': ['admin', 'leader'],
});
