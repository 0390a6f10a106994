import { hasAnyRole, roles, staffRoles, type Role } from '../../../src/platform/auth/roles.ts';

// The server's own role definitions: one list for both sides.
export { hasAnyRole, roles, staffRoles, type Role };

/** Who may open each part of the app; the server enforces the same rules on its side. */
export const access = {
  home: [...staffRoles, 'investor', 'judge'],
  enterprises: staffRoles,
  editEnterprises: ['admin', 'officer', 'operator', 'agent'],
  importEnterprises: ['admin', 'officer', 'operator'],
  mergeEnterprises: ['admin'],
  ownEnterprise: ['enterprise'],
  administration: ['admin'],
  auditTrail: ['admin', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

/** Staff editors change any enterprise; an enterprise user only their own (and only some of its fields). */
export function canEditEnterprise(user: { roles: readonly string[]; enterpriseId: string | null }, enterpriseId: string): boolean {
  return hasAnyRole(user.roles, access.editEnterprises) || (hasAnyRole(user.roles, access.ownEnterprise) && user.enterpriseId === enterpriseId);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
