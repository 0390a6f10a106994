import type { Role } from './roles.ts';

/**
 * A named permission (`enterprise.read`, `user.admin`): what a route or a screen needs, granted to roles in one
 * table composed from every module's grants. Row-level rules (which enterprise, whose request) stay in each
 * module's policy functions.
 */
export type Permission = `${string}.${string}`;

/** A module's permissions and the roles each is granted to. */
export type PermissionGrants = Readonly<Record<Permission, readonly Role[]>>;

export function definePermissions<const T extends PermissionGrants>(grants: T): T {
  return grants;
}

/** One table from every module's grants; a permission defined twice is a programming error. */
export function composePermissions(grants: readonly PermissionGrants[]): PermissionGrants {
  const table: Record<Permission, readonly Role[]> = {};
  for (const part of grants) {
    for (const [permission, roles] of Object.entries(part) as [Permission, readonly Role[]][]) {
      if (permission in table) throw new Error(`permission ${permission} is defined twice`);
      table[permission] = roles;
    }
  }
  return table;
}

/** The permissions a user's roles grant, sorted. */
export function permissionsOf(table: PermissionGrants, userRoles: readonly string[]): Permission[] {
  return (Object.entries(table) as [Permission, readonly Role[]][])
    .filter(([, granted]) => granted.some((role) => userRoles.includes(role)))
    .map(([permission]) => permission)
    .sort();
}
