export const roles = ['admin', 'leader', 'officer', 'operator', 'agent', 'enterprise', 'investor', 'judge'] as const;
export type Role = (typeof roles)[number];

/** Roles that see every enterprise's records; the enterprise role sees only its own. */
export const staffRoles = ['admin', 'leader', 'officer', 'operator', 'agent'] as const satisfies readonly Role[];
