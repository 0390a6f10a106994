import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who reads the policies' evaluation: the staff who write policies and review applications, and the leaders. */
export const policyEvaluationPermissions = definePermissions({
  /** Per policy and benefit item: eligible, notified, applied, approved, paid, amounts, days to payout, satisfaction. */
  'policyEvaluation.read': ['admin', 'leader', 'officer'],
});
