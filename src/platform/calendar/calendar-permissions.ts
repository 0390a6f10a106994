import { definePermissions } from '../auth/permissions.ts';
import { staffRoles } from '../auth/roles.ts';

export const calendarPermissions = definePermissions({
  /** Deadlines and SLA clocks count working days, so every member of staff may see which days those are. */
  'calendar.read': [...staffRoles],
  /** Entering each year's holidays as the State Council announces them. */
  'calendar.admin': ['admin'],
});
