export const roles = ['admin', 'leader', 'officer', 'operator', 'agent', 'enterprise', 'investor', 'judge', 'organiser', 'entrant'] as const;
export type Role = (typeof roles)[number];

/** Roles that see every enterprise's records; the enterprise role sees only its own. */
export const staffRoles = ['admin', 'leader', 'officer', 'operator', 'agent'] as const satisfies readonly Role[];

/**
 * Roles whose users act for one organisation, the enterprise record on their account: an enterprise user must
 * have one; an investor may (their fund or firm, which owns their capital demands).
 */
export const organisationRoles = ['enterprise', 'investor'] as const satisfies readonly Role[];

export const actsForOrganisation = (userRoles: readonly string[]): boolean => organisationRoles.some((role) => userRoles.includes(role));
