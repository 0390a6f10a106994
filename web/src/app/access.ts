import type { Permission } from '../../../src/platform/auth/permissions.ts';
import { actsForOrganisation, roles, type Role } from '../../../src/platform/auth/roles.ts';

// The server's own role and permission names: one list for both sides. Which roles hold which permission is the
// server's table; the session tells the web app the signed-in user's permissions.
export { actsForOrganisation, roles, type Permission, type Role };

/** Whether the user holds the permission; the server enforces the same on every route. */
export function can(me: { permissions: readonly string[] }, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
