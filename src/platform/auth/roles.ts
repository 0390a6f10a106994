export const roles = ['admin', 'leader', 'officer', 'operator', 'agent', 'enterprise', 'investor', 'judge'] as const;
export type Role = (typeof roles)[number];

/** Who may call a route: anyone, any signed-in user, or holders of at least one of the roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export function hasAnyRole(userRoles: readonly string[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => userRoles.includes(role));
}

/** Roles that see every enterprise's records; the enterprise role sees only its own. */
export const staffRoles = ['admin', 'leader', 'officer', 'operator', 'agent'] as const satisfies readonly Role[];
