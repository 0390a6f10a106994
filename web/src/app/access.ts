import type { Permission } from '../../../src/platform/auth/permissions.ts';
import { actsForOrganisation, roles, type Role } from '../../../src/platform/auth/roles.ts';

// The server's own role and permission names: one list for both sides. Which roles hold which permission is the
// server's table; the session tells the web app the signed-in user's permissions.
export { actsForOrganisation, roles, type Permission, type Role };

/** Whether the user holds the permission (or any of the list, as a route's `config.permission`); the server enforces the same. */
export function can(me: { permissions: readonly string[] }, permission: Permission | readonly Permission[]): boolean {
  return [permission].flat().some((one) => me.permissions.includes(one));
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
