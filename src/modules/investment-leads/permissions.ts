import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with leads; which leads is the policy's part (lead-policy.ts). */
export const leadPermissions = definePermissions({
  /** Leads at all: an officer those of their teams, their own and the pool; holders of lead.readAll every one. */
  'lead.read': ['admin', 'leader', 'officer'],
  /** Every team's leads. */
  'lead.readAll': ['admin', 'leader'],
  /** Create leads, claim them from the pool, follow them up, release, convert and drop them. */
  'lead.work': ['admin', 'officer'],
  /** Assign any lead to an officer; a team's lead may assign that team's leads without it. */
  'lead.assign': ['admin', 'leader'],
  /** Return an idle lead to the pool: the daily job's, granted to no role. */
  'lead.returnToPool': [],
});
