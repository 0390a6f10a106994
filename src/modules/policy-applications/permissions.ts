import { definePermissions } from '../../platform/auth/permissions.ts';

/**
 * Who may do what with policy applications and payouts. Staff read them with `policy.read` (the policies module);
 * which applications an enterprise user reaches is the policy's part (application-policy.ts): its own only.
 */
export const policyApplicationPermissions = definePermissions({
  /** Apply for one's own enterprise (快申快享), correct a returned application, withdraw one, rate the result. */
  'policyApplication.apply': ['enterprise'],
  /** Accept, return, approve with an amount, publicize and reject applications. */
  'policyApplication.review': ['admin', 'leader', 'officer'],
  /** Record payouts: an approved application's, and 免申即享's from the confirmed data-qualified list. */
  'policyPayout.record': ['admin', 'leader', 'officer'],
});
