import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with policies (惠企政策); which enterprise's fit a user reads is the enterprise scope's rule. */
export const policyPermissions = definePermissions({
  /** The library with drafts, every enterprise's fit and every item's eligible enterprises: the staff. */
  'policy.read': ['admin', 'leader', 'officer', 'operator', 'agent'],
  /** Write policies, their guides, benefit items with their rules, and lists; publish and withdraw. */
  'policy.manage': ['admin', 'leader', 'officer'],
  /** Published policies and one's own organisation's fit ("policies for me"). */
  'policy.browse': ['enterprise', 'investor'],
});
