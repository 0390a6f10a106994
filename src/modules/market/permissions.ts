import { definePermissions } from '../../platform/auth/permissions.ts';
import { roles } from '../../platform/auth/roles.ts';

/** Organisations' own users write their records; the rows they reach are the policies' part. */
const owners = ['admin', 'operator', 'enterprise', 'investor'] as const;
const reviewers = ['admin', 'operator'] as const;

/** Who may do what in the technology market; which records is listing-policy.ts's and demand-policy.ts's part. */
export const marketPermissions = definePermissions({
  /** Published records, and one's own in any state; reviewers every record. */
  'listing.read': roles,
  'listing.write': owners,
  /** Approve or reject what is submitted, and see every listing in any state. */
  'listing.review': reviewers,
  /** Granted to no role: only the daily expiry job takes a listing out of publication. */
  'listing.expire': [],
  'demand.read': roles,
  'demand.write': owners,
  'demand.review': reviewers,
  'demand.expire': [],
  'marketField.admin': ['admin'],
});
