/** How a person is linked to a key enterprise: the district leader it is assigned to (领导挂点) or a policy commissioner (政策专员). */
export const linkRoles = ['leader', 'commissioner'] as const;
export type LinkRole = (typeof linkRoles)[number];
